import SwiftSyntaxMacrosGenericTestSupport
import Testing

/// The errors `@Model`, `@Field` and `@Transient` report, with their fix-its.
@Suite struct ModelMacroDiagnosticTests {
    @Test func classIsRejectedWithAFixItToStruct() {
        assertExpansion(
            """
            @Model(app: "shop")
            class Product {
                var id: Int64?
            }
            """,
            expandedSource: """
            class Product {
                var id: Int64?
            }
            """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@Model applies to structs, not to a class; declare the model as a struct", line: 2, column: 1,
                    fixIts: [FixItSpec(message: "declare it as a struct")])
            ],
            fixedSource: """
            @Model(app: "shop")
            struct Product {
                var id: Int64?
            }
            """)
    }

    @Test func enumIsRejected() {
        assertExpansion(
            """
            @Model(app: "shop")
            enum Product {
                case a
            }
            """,
            expandedSource: """
            enum Product {
                case a
            }
            """,
            diagnostics: [
                DiagnosticSpec(message: "@Model applies to structs, not to an enum; declare the model as a struct", line: 2, column: 1)
            ])
    }

    @Test func genericStructIsRejected() {
        assertExpansion(
            """
            @Model(app: "shop")
            struct Box<T> {
                var id: Int64?
            }
            """,
            expandedSource: """
            struct Box<T> {
                var id: Int64?
            }
            """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@Model cannot apply to the generic struct 'Box': a model's schema is one static value; remove the generic parameters",
                    line: 2, column: 11)
            ])
    }

    @Test func storedPropertyNeedsATypeAnnotation() {
        assertExpansion(
            """
            @Model(app: "shop")
            struct Product {
                var id: Int64?
                var name = ""
            }
            """,
            expandedSource: """
            struct Product {
                var id: Int64?
                var name = ""
            }
            """,
            diagnostics: [
                DiagnosticSpec(
                    message: "field 'name' needs a written type for @Model to map it to a column, e.g. 'var name: String'",
                    line: 4, column: 9)
            ])
    }

    @Test func decimalWithoutPrecisionGetsAFieldAttribute() {
        assertExpansion(
            """
            @Model(app: "shop")
            struct Product {
                var id: Int64?
                var price: PythonDecimal
            }
            """,
            expandedSource: """
            struct Product {
                var id: Int64?
                var price: PythonDecimal
            }
            """,
            diagnostics: [
                DiagnosticSpec(
                    message: "field 'price': decimal fields need maxDigits and decimalPlaces: @Field(.decimal(maxDigits: 8, decimalPlaces: 2))",
                    line: 4, column: 16, fixIts: [FixItSpec(message: "add '.decimal(maxDigits: 8, decimalPlaces: 2)'")])
            ],
            fixedSource: """
            @Model(app: "shop")
            struct Product {
                var id: Int64?
                @Field(.decimal(maxDigits: 8, decimalPlaces: 2)) var price: PythonDecimal
            }
            """)
    }

    @Test func decimalWithOtherOptionsGetsTheKindFirst() {
        assertExpansion(
            """
            @Model(app: "shop")
            struct Product {
                var id: Int64?
                @Field(unique: true) var price: PythonDecimal
            }
            """,
            expandedSource: """
            struct Product {
                var id: Int64?
                var price: PythonDecimal
            }
            """,
            diagnostics: [
                DiagnosticSpec(
                    message: "field 'price': decimal fields need maxDigits and decimalPlaces: @Field(.decimal(maxDigits: 8, decimalPlaces: 2))",
                    line: 4, column: 37, fixIts: [FixItSpec(message: "add '.decimal(maxDigits: 8, decimalPlaces: 2)'")])
            ],
            fixedSource: """
            @Model(app: "shop")
            struct Product {
                var id: Int64?
                @Field(.decimal(maxDigits: 8, decimalPlaces: 2), unique: true) var price: PythonDecimal
            }
            """)
    }

    @Test func missingPrimaryKeyOffersAnID() {
        assertExpansion(
            """
            @Model(app: "shop")
            struct Product {
                var name: String
            }
            """,
            expandedSource: """
            struct Product {
                var name: String
            }
            """,
            diagnostics: [
                DiagnosticSpec(
                    message: "model 'Product' has no primary key; add 'var id: Int64?' (an auto-incrementing key) or mark a field @Field(primaryKey: true)",
                    line: 2, column: 8, fixIts: [FixItSpec(message: "add 'var id: Int64?'")])
            ],
            fixedSource: """
            @Model(app: "shop")
            struct Product {
                var id: Int64?
                var name: String
            }
            """)
    }

    @Test func twoPrimaryKeysAreRejected() {
        assertExpansion(
            """
            @Model(app: "shop")
            struct Product {
                var id: Int64?
                @Field(.char(maxLength: 10), primaryKey: true) var code: String
            }
            """,
            expandedSource: """
            struct Product {
                var id: Int64?
                var code: String
            }
            """,
            diagnostics: [
                DiagnosticSpec(
                    message: "'code' is a second primary key ('id' is the first); a model has exactly one, so remove primaryKey: true from one of them",
                    line: 4, column: 5)
            ])
    }

    @Test func letFieldGetsAFixItToVar() {
        assertExpansion(
            """
            @Model(app: "shop")
            struct Product {
                var id: Int64?
                let name: String
            }
            """,
            expandedSource: """
            struct Product {
                var id: Int64?
                let name: String
            }
            """,
            diagnostics: [
                DiagnosticSpec(
                    message: "field 'name' must be declared with 'var': models are loaded, changed and saved", line: 4, column: 5,
                    fixIts: [FixItSpec(message: "replace 'let' with 'var'")])
            ],
            fixedSource: """
            @Model(app: "shop")
            struct Product {
                var id: Int64?
                var name: String
            }
            """)
    }

    @Test func implicitIDMustBeOptional() {
        assertExpansion(
            """
            @Model(app: "shop")
            struct Product {
                var id: Int64
            }
            """,
            expandedSource: """
            struct Product {
                var id: Int64
            }
            """,
            diagnostics: [
                DiagnosticSpec(
                    message: "the implicit primary key 'id' must be optional ('Int64?'): it is nil until the row is first saved",
                    line: 3, column: 13, fixIts: [FixItSpec(message: "make the type 'Int64?'")])
            ],
            fixedSource: """
            @Model(app: "shop")
            struct Product {
                var id: Int64?
            }
            """)
    }

    @Test func transientPropertyNeedsAValue() {
        assertExpansion(
            """
            @Model(app: "shop")
            struct Product {
                var id: Int64?
                @Transient var scratch: Int
                @Transient var note: String?
            }
            """,
            expandedSource: """
            struct Product {
                var id: Int64?
                var scratch: Int
                var note: String?
            }
            """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@Transient property 'scratch' is not loaded from the database, so it needs an initial value, e.g. '= 0'",
                    line: 4, column: 20)
            ])
    }

    @Test func unknownTypeNeedsAKind() {
        assertExpansion(
            """
            @Model(app: "shop")
            struct Product {
                var id: Int64?
                var size: Size
            }
            """,
            expandedSource: """
            struct Product {
                var id: Int64?
                var size: Size
            }
            """,
            diagnostics: [
                DiagnosticSpec(
                    message: "cannot infer the field kind of 'size' from type 'Size'; name it, e.g. @Field(.json), or mark the property @Transient",
                    line: 4, column: 15)
            ])
    }

    @Test func severalBindingsInOneVarAreRejected() {
        assertExpansion(
            """
            @Model(app: "shop")
            struct Product {
                var id: Int64?
                var width, height: Int
            }
            """,
            expandedSource: """
            struct Product {
                var id: Int64?
                var width, height: Int
            }
            """,
            diagnostics: [
                DiagnosticSpec(
                    message: "declare each model field in its own 'var' so @Model can read its type and options", line: 4, column: 5)
            ])
    }

    @Test func columnMustBeAStringLiteral() {
        assertExpansion(
            """
            @Model(app: "shop")
            struct Product {
                var id: Int64?
                @Field(column: prefix + "name") var name: String
            }
            """,
            expandedSource: """
            struct Product {
                var id: Int64?
                var name: String
            }
            """,
            diagnostics: [
                DiagnosticSpec(message: "@Field's 'column:' must be written as a string literal for @Model to read it", line: 4, column: 20)
            ])
    }

    @Test func fieldOutsideAPropertyIsRejected() {
        assertExpansion(
            """
            @Field(.text) func name() {}
            """,
            expandedSource: """
            func name() {}
            """,
            diagnostics: [
                DiagnosticSpec(message: "@Field applies to stored properties of a @Model struct", line: 1, column: 1)
            ])
    }
}
