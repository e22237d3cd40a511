import Reinhardt
import ReinhardtURLs
import Testing

@Sendable func productDetail(_ request: Request, id: Int) async throws -> Response { .text("\(id)") }

@Suite struct SettingsTests {
    @Test func productionRefusesToStartWithoutSecretKeyOrAllowedHosts() {
        let error = #expect(throws: ImproperlyConfigured.self) { try Application(settings: Settings(debug: false)) }
        #expect(error?.problems.count == 2)
        #expect(error?.description.contains("REINHARDT_SECRET_KEY") == true)
        #expect(error?.description.contains("Settings.allowedHosts must not be empty") == true)
        #expect(throws: Never.self) { try Application(settings: Settings(debug: true)) }
    }

    @Test func environmentVariablesOverrideSettings() {
        let settings = Settings(debug: true).overridingFromEnvironment([
            "REINHARDT_DEBUG": "false",
            "REINHARDT_ALLOWED_HOSTS": "example.com,www.example.com",
            "REINHARDT_SECRET_KEY": "from-env",
            "REINHARDT_PORT": "9001",
            "REINHARDT_HOST": "0.0.0.0",
            "REINHARDT_MAX_FORM_FIELDS": "10",
        ])
        #expect(settings.debug == false)
        #expect(settings.allowedHosts == ["example.com", "www.example.com"])
        #expect(settings.secretKey == "from-env")
        #expect(settings.server.port == 9001)
        #expect(settings.server.host == "0.0.0.0")
        #expect(settings.limits.maxFormFields == 10)
        #expect(Settings(debug: true).overridingFromEnvironment([:]).server.port == 8000)
    }

    @Test func debugAllowsLocalHostsWhenTheListIsEmpty() {
        #expect(Settings(debug: true).effectiveAllowedHosts == [".localhost", "127.0.0.1", "[::1]"])
        #expect(Settings(debug: true, allowedHosts: ["a.com"]).effectiveAllowedHosts == ["a.com"])
    }

    @Test func aViewWhoseParameterTypeDisagreesWithTheConverterFailsAtStartup() {
        let error = #expect(throws: URLConfigurationError.self) {
            try Application(settings: testSettings([path("products/<str:id>/", productDetail)]))
        }
        #expect(error.map { "\($0)" }?.contains("expects Int") == true)
    }

    @Test func anUnknownConverterFailsAtStartup() {
        let error = #expect(throws: URLConfigurationError.self) {
            try Application(settings: testSettings([path("products/<integer:id>/", productDetail)]))
        }
        #expect(error.map { "\($0)" }?.contains("integer") == true)
    }

    @Test func aWrongNumberOfViewParametersFailsAtStartup() {
        #expect(throws: URLConfigurationError.self) {
            try Application(settings: testSettings([path("products/", productDetail)]))
        }
    }
}
