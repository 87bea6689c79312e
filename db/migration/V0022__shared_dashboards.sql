-- Shared dashboards (issue 7 §4): a team's named dashboards of panels, each panel a metric of one or
-- more models drawn as a chart; each user's favourites and the dashboard they chose as home page.

create table dashboard (
    dashboard_id        uuid primary key default uuidv7(),
    team_id             uuid        not null references team on delete cascade,
    name                text        not null check (length(name) between 1 and 100),
    description         text        not null default '' check (length(description) <= 2000),
    -- TEAM: the team's members read it; EVERYONE: also every signed-in user, read-only.
    visibility          text        not null default 'TEAM' check (visibility in ('TEAM', 'EVERYONE')),
    version             integer     not null default 0,
    created_at          timestamptz not null default now(),
    created_by_user_id  uuid        not null references app_user,
    updated_at          timestamptz not null default now(),
    updated_by_user_id  uuid        not null references app_user
);
create unique index dashboard_team_name_key on dashboard (team_id, lower(name));
create index dashboard_everyone_idx on dashboard (dashboard_id) where visibility = 'EVERYONE';

-- Panels are saved with their dashboard, as a whole (replaced under the dashboard's version), in
-- grid order: position 0 first. width is in columns of a 12-column grid, height in rows of the grid.
-- metric has no CHECK so that new metrics need no migration; the application writes only known ones.
create table dashboard_panel (
    dashboard_panel_id  uuid primary key default uuidv7(),
    dashboard_id        uuid        not null references dashboard on delete cascade,
    position            integer     not null check (position >= 0),
    title               text        not null default '' check (length(title) <= 100),
    metric              text        not null,
    score_name          text        check (length(score_name) between 1 and 100),
    aggregation         text        not null check (aggregation in
                            ('P50', 'P95', 'P99', 'AVG', 'MIN', 'MAX', 'RATE', 'PER_SECOND', 'SUM', 'VALUE', 'DISTRIBUTION')),
    chart               text        not null check (chart in ('LINE', 'AREA', 'BAR', 'HEATMAP', 'STAT', 'GAUGE')),
    width               integer     not null check (width between 1 and 12),
    height              integer     not null check (height between 1 and 6),
    unique (dashboard_id, position)
);

-- A deleted model leaves every panel it was on.
create table dashboard_panel_model (
    dashboard_panel_id  uuid        not null references dashboard_panel on delete cascade,
    model_id            uuid        not null references model on delete cascade,
    position            integer     not null check (position >= 0),
    primary key (dashboard_panel_id, model_id)
);
create index dashboard_panel_model_model_idx on dashboard_panel_model (model_id);

create table dashboard_favourite (
    user_id             uuid        not null references app_user on delete cascade,
    dashboard_id        uuid        not null references dashboard on delete cascade,
    created_at          timestamptz not null default now(),
    primary key (user_id, dashboard_id)
);
create index dashboard_favourite_dashboard_idx on dashboard_favourite (dashboard_id);

-- At most one home dashboard per user: signing in (or the logo) opens it instead of the overview.
create table dashboard_home (
    user_id             uuid primary key references app_user on delete cascade,
    dashboard_id        uuid        not null references dashboard on delete cascade
);
create index dashboard_home_dashboard_idx on dashboard_home (dashboard_id);
