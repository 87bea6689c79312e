package dev.beacon.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.ViewTest;
import dev.beacon.notification.Channel;
import dev.beacon.notification.ChannelService;
import dev.beacon.notification.ChannelType;
import dev.beacon.notification.MinimumSeverity;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An owner sets a channel's routing in the channel form; the channels grid says what each channel takes. */
class ChannelRoutingViewTest extends ViewTest {

    @Autowired
    ChannelService channels;

    Team team;
    UserAccount owner;

    @BeforeEach
    void aTeamWithAnOwner() {
        team = fixtures.team("routing-ui");
        owner = fixtures.user("owner");
        fixtures.member(team, owner, TeamRole.OWNER);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_owner_routes_a_channel_to_critical_alerts_of_tagged_models_after_a_bad_tag_is_marked_on_its_field() {
        signIn(owner);
        UI.getCurrent().navigate("teams/" + team.id());
        test(find(Button.class).withText("Add channel").single()).click();
        ChannelDialog dialog = find(ChannelDialog.class).single();
        test(find(TextField.class, dialog).withCaption("Name").single()).setValue("GPU pager");
        ((Select<ChannelType>) find(Select.class, dialog).withCaption("Type").single()).setValue(ChannelType.IN_APP);
        Select<MinimumSeverity> severity = find(Select.class, dialog).withCaption("Severity").single();
        TextField tags = find(TextField.class, dialog).withCaption("Only models tagged").single();
        assertThat(severity.getValue()).as("everything by default").isEqualTo(MinimumSeverity.EVERYTHING);
        assertThat(severity.getHelperText()).contains("least severe alerts", "resolved message follows its alert");
        assertThat(tags.getHelperText()).contains("only alerts about models with one of these tags", "Empty for every model");
        severity.setValue(MinimumSeverity.CRITICAL);
        tags.setValue("gpu, GPU nodes!");

        test(find(Button.class, dialog).withText("Save channel").single()).click();

        assertThat(tags.isInvalid()).isTrue();
        assertThat(tags.getErrorMessage()).contains("\"nodes!\" is not a tag");
        assertThat(fixtures.as(owner, () -> channels.channels(team.id()))).isEmpty();

        tags.setValue("gpu, prod");
        test(find(Button.class, dialog).withText("Save channel").single()).click();

        Channel saved = fixtures.as(owner, () -> channels.channels(team.id())).getFirst();
        assertThat(saved.data().minSeverity()).isEqualTo(MinimumSeverity.CRITICAL);
        assertThat(saved.data().modelTags()).containsExactly("gpu", "prod");
        Grid<Channel> grid = find(Grid.class, find(ChannelsPanel.class).single()).single();
        int takes = grid.getColumns().indexOf(grid.getColumns().stream()
                .filter(column -> "Takes".equals(column.getHeaderText())).findFirst().orElseThrow());
        assertThat(test(grid).getCellText(0, takes)).isEqualTo("Critical only, models tagged gpu or prod");
    }
}
