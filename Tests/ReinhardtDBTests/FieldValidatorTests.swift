import ReinhardtDB
import Testing

@Model(app: "val")
struct Signup {
    var id: Int64?
    @Field(.char(maxLength: 254), validators: [.email]) var email: String
    @Field(.char(maxLength: 200), blank: true, validators: [.url]) var homepage: String = ""
    @Field(.char(maxLength: 50), validators: [.slug, .minLength(3)]) var handle: String
    @Field(validators: [.minValue(13), .maxValue(120)]) var age: Int
    @Field(.char(maxLength: 10), validators: [.regex("^[A-Z]{2}-\\d+$", message: "Enter a code like AB-12.")]) var code: String
}

/// Django's built-in validators through `fullClean`, with Django's messages.
struct FieldValidatorTests {
    let valid = Signup(email: "ada@example.com", homepage: "https://example.com/a?b=c", handle: "ada_l", age: 36, code: "AB-12")

    @Test func aValidModelPasses() async throws {
        try await valid.fullClean()
    }

    @Test func eachValidatorReportsInDjangosWords() async throws {
        var model = valid
        model.email = "ada@"
        model.homepage = "javascript:alert(1)"
        model.handle = "a b"
        model.age = 7
        model.code = "ab12"
        await #expect { try await model.fullClean() } throws: { error in
            (error as? ValidationError)?.fieldErrors == [
                "email": ["Enter a valid email address."],
                "homepage": ["Enter a valid URL."],
                "handle": ["Enter a valid “slug” consisting of letters, numbers, underscores or hyphens."],
                "age": ["Ensure this value is greater than or equal to 13."],
                "code": ["Enter a code like AB-12."],
            ]
        }
        model = valid
        model.handle = "ab"
        model.age = 121
        await #expect { try await model.fullClean() } throws: { error in
            (error as? ValidationError)?.fieldErrors == [
                "handle": ["Ensure this value has at least 3 characters (it has 2)."],
                "age": ["Ensure this value is less than or equal to 120."],
            ]
        }
    }

    @Test(arguments: [
        ("user@example.com", true), ("first.last+tag@sub.example.co.uk", true), ("\"q.u\"@example.com", true), ("\"quoted user\"@example.com", false), (#""quoted\ user"@example.com"#, true),
        ("user@localhost", true), ("user@[127.0.0.1]", true), ("user@[::1]", true),
        ("user", false), ("@example.com", false), ("user@", false), ("user@example", false), ("a..b@example.com", false),
        ("user@-example.com", false), ("user@example.c", false),
    ])
    func emailValidation(_ text: String, _ valid: Bool) {
        #expect((FieldValidator.email.problem(with: .text(text)) == nil) == valid)
    }

    @Test(arguments: [
        ("http://example.com", true), ("https://www.example.com:8080/path?q=1#frag", true), ("ftp://user:pw@files.example.org/", true),
        ("http://localhost:8000/", true), ("http://192.168.0.1/", true), ("http://[2001:db8::1]/", true),
        ("example.com", false), ("mailto:a@example.com", false), ("http://", false), ("http://exa mple.com", false),
        ("http://256.1.1.1/", false), ("http://example", false), ("javascript:alert(1)", false),
    ])
    func urlValidation(_ text: String, _ valid: Bool) {
        #expect((FieldValidator.url.problem(with: .text(text)) == nil) == valid)
    }

    @Test func validatorsAreWrittenIntoMigrations() {
        let field = Signup.schema.field(named: "code")!
        #expect(MigrationWriter.field(field).contains(#"validators: [.regex("^[A-Z]{2}-\\d+$", message: "Enter a code like AB-12.")]"#))
    }
}
