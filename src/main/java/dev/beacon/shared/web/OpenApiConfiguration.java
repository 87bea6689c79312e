package dev.beacon.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the REST API at /api/docs: every call needs a personal API token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI beaconOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Beacon API").version("v1")
                        .description("Register and read the models your teams run. Authenticate with a personal API token "
                                + "(create one under your user menu → API tokens) sent as 'Authorization: Bearer YOUR_TOKEN'. "
                                + "The token acts with your rights: you see and change only your teams' models.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("apiToken",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("Personal API token")))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }
}
