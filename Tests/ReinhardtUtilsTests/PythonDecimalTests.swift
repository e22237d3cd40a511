import Testing
@testable import ReinhardtUtils

/// Expectations generated from CPython's `decimal` module.
@Suite struct PythonDecimalTests {
    @Test func parsesAndPrintsAsPython() {
        let cases: [(String, String?)] = [
            ("0", "0"),
            ("-0", "-0"),
            ("0.00", "0.00"),
            ("-0.00", "-0.00"),
            ("0E+2", "0E+2"),
            ("0E-8", "0E-8"),
            ("0.000000", "0.000000"),
            ("0.0000000", "0E-7"),
            ("1", "1"),
            ("-1", "-1"),
            ("1.0", "1.0"),
            ("1.00", "1.00"),
            ("1E+2", "1E+2"),
            ("1e2", "1E+2"),
            ("100", "100"),
            ("1E-7", "1E-7"),
            ("0.000001", "0.000001"),
            ("0.0000001", "1E-7"),
            ("123.456", "123.456"),
            ("-123.456", "-123.456"),
            ("1.23E+5", "1.23E+5"),
            ("12345678901234567890123456789012345", "12345678901234567890123456789012345"),
            ("1.5e-10", "1.5E-10"),
            ("  1.5  ", "1.5"),
            ("\u{a0}1.5\u{2003}", "1.5"),
            ("+5", "5"),
            ("+-1", nil),
            ("-+1", nil),
            ("1_000", "1000"),
            ("_1", "1"),
            ("1__0", "10"),
            ("1_", "1"),
            ("1._5", "1.5"),
            ("1e1_0", "1E+10"),
            (".", nil),
            ("1.", "1"),
            (".5", "0.5"),
            ("-.5", "-0.5"),
            ("1e", nil),
            ("1e+", nil),
            ("1e-3", "0.001"),
            ("1E+03", "1E+3"),
            ("00012.50", "12.50"),
            ("NaN", "NaN"),
            ("nan", "NaN"),
            ("-NaN", "-NaN"),
            ("NaN0123", "NaN123"),
            ("NaN0", "NaN"),
            ("sNaN", "sNaN"),
            ("-snan5", "-sNaN5"),
            ("Inf", "Infinity"),
            ("-inf", "-Infinity"),
            ("Infinity", "Infinity"),
            ("-INFINITY", "-Infinity"),
            ("infinite", nil),
            ("In_f", "Infinity"),
            ("", nil),
            ("   ", nil),
            ("abc", nil),
            ("1.2.3", nil),
            ("1e1.5", nil),
            ("0x10", nil),
            ("\u{663}\u{664}", "34"),
            ("\u{663}.\u{665}", "3.5"),
            ("1 2", nil),
            ("1e999999", "1E+999999"),
            ("1e-999999", "1E-999999"),
            ("9.999", "9.999"),
            ("999.5", "999.5"),
            ("0.05", "0.05"),
            ("1.23456789E-3", "0.00123456789"),
            ("5E+3", "5E+3"),
        ]
        for (input, expected) in cases { #expect(PythonDecimal(input)?.description == expected, "\(input)") }
    }

    @Test func propertiesMatchPython() {
        // (input, adjusted, isSigned, isIntegral, int(d) or nil, repr(float(d)), {:f})
        let cases: [(String, Int, Bool, Bool, Int?, String, String)] = [
            ("0", 0, false, true, 0, "0.0", "0"),
            ("-0", 0, true, true, 0, "-0.0", "-0"),
            ("0.00", -2, false, true, 0, "0.0", "0.00"),
            ("-0.00", -2, true, true, 0, "-0.0", "-0.00"),
            ("0E+2", 2, false, true, 0, "0.0", "0"),
            ("0E-8", -8, false, true, 0, "0.0", "0.00000000"),
            ("0.000000", -6, false, true, 0, "0.0", "0.000000"),
            ("0.0000000", -7, false, true, 0, "0.0", "0.0000000"),
            ("1", 0, false, true, 1, "1.0", "1"),
            ("-1", 0, true, true, -1, "-1.0", "-1"),
            ("1.0", 0, false, true, 1, "1.0", "1.0"),
            ("1.00", 0, false, true, 1, "1.0", "1.00"),
            ("1E+2", 2, false, true, 100, "100.0", "100"),
            ("1e2", 2, false, true, 100, "100.0", "100"),
            ("100", 2, false, true, 100, "100.0", "100"),
            ("1E-7", -7, false, false, 0, "1e-07", "0.0000001"),
            ("0.000001", -6, false, false, 0, "1e-06", "0.000001"),
            ("0.0000001", -7, false, false, 0, "1e-07", "0.0000001"),
            ("123.456", 2, false, false, 123, "123.456", "123.456"),
            ("-123.456", 2, true, false, -123, "-123.456", "-123.456"),
            ("1.23E+5", 5, false, true, 123000, "123000.0", "123000"),
            ("12345678901234567890123456789012345", 34, false, true, nil, "1.234567890123457e+34", "12345678901234567890123456789012345"),
            ("1.5e-10", -10, false, false, 0, "1.5e-10", "0.00000000015"),
            ("  1.5  ", 0, false, false, 1, "1.5", "1.5"),
            ("\u{a0}1.5\u{2003}", 0, false, false, 1, "1.5", "1.5"),
            ("+5", 0, false, true, 5, "5.0", "5"),
            ("1_000", 3, false, true, 1000, "1000.0", "1000"),
            ("_1", 0, false, true, 1, "1.0", "1"),
            ("1__0", 1, false, true, 10, "10.0", "10"),
            ("1_", 0, false, true, 1, "1.0", "1"),
            ("1._5", 0, false, false, 1, "1.5", "1.5"),
            ("1e1_0", 10, false, true, 10000000000, "10000000000.0", "10000000000"),
            ("1.", 0, false, true, 1, "1.0", "1"),
            (".5", -1, false, false, 0, "0.5", "0.5"),
            ("-.5", -1, true, false, 0, "-0.5", "-0.5"),
            ("1e-3", -3, false, false, 0, "0.001", "0.001"),
            ("1E+03", 3, false, true, 1000, "1000.0", "1000"),
            ("00012.50", 1, false, false, 12, "12.5", "12.50"),
            ("NaN", 0, false, false, nil, "nan", "NaN"),
            ("nan", 0, false, false, nil, "nan", "NaN"),
            ("-NaN", 0, true, false, nil, "nan", "-NaN"),
            ("NaN0123", 0, false, false, nil, "nan", "NaN123"),
            ("NaN0", 0, false, false, nil, "nan", "NaN"),
            ("sNaN", 0, false, false, nil, "nan", "sNaN"),
            ("-snan5", 0, true, false, nil, "nan", "-sNaN5"),
            ("Inf", 0, false, false, nil, "inf", "Infinity"),
            ("-inf", 0, true, false, nil, "-inf", "-Infinity"),
            ("Infinity", 0, false, false, nil, "inf", "Infinity"),
            ("-INFINITY", 0, true, false, nil, "-inf", "-Infinity"),
            ("In_f", 0, false, false, nil, "inf", "Infinity"),
            ("\u{663}\u{664}", 1, false, true, 34, "34.0", "34"),
            ("\u{663}.\u{665}", 0, false, false, 3, "3.5", "3.5"),
            ("9.999", 0, false, false, 9, "9.999", "9.999"),
            ("999.5", 2, false, false, 999, "999.5", "999.5"),
            ("0.05", -2, false, false, 0, "0.05", "0.05"),
            ("1.23456789E-3", -3, false, false, 0, "0.00123456789", "0.00123456789"),
            ("5E+3", 3, false, true, 5000, "5000.0", "5000"),
        ]
        for (input, adjusted, signed, integral, int, float, plain) in cases {
            let decimal = PythonDecimal(input)!
            #expect(decimal.adjusted == adjusted, "\(input)")
            #expect(decimal.isSigned == signed, "\(input)")
            #expect(decimal.isIntegral == integral, "\(input)")
            #expect(decimal.truncatedInt == int, "\(input)")
            #expect(PythonFloat.repr(decimal.doubleValue) == float, "\(input)")
            #expect(decimal.fixedPointDescription == plain, "\(input)")
        }
    }

    @Test func quantizesAsPython() {
        // (input, exponent, ROUND_HALF_UP, ROUND_HALF_EVEN)
        let cases: [(String, Int, String, String)] = [
            ("1.005", -3, "1.005", "1.005"),
            ("1.005", -2, "1.01", "1.00"),
            ("1.005", -1, "1.0", "1.0"),
            ("1.005", 0, "1", "1"),
            ("1.005", 1, "0E+1", "0E+1"),
            ("1.005", 2, "0E+2", "0E+2"),
            ("-1.005", -3, "-1.005", "-1.005"),
            ("-1.005", -2, "-1.01", "-1.00"),
            ("-1.005", -1, "-1.0", "-1.0"),
            ("-1.005", 0, "-1", "-1"),
            ("-1.005", 1, "-0E+1", "-0E+1"),
            ("-1.005", 2, "-0E+2", "-0E+2"),
            ("2.5", -3, "2.500", "2.500"),
            ("2.5", -2, "2.50", "2.50"),
            ("2.5", -1, "2.5", "2.5"),
            ("2.5", 0, "3", "2"),
            ("2.5", 1, "0E+1", "0E+1"),
            ("2.5", 2, "0E+2", "0E+2"),
            ("3.5", -3, "3.500", "3.500"),
            ("3.5", -2, "3.50", "3.50"),
            ("3.5", -1, "3.5", "3.5"),
            ("3.5", 0, "4", "4"),
            ("3.5", 1, "0E+1", "0E+1"),
            ("3.5", 2, "0E+2", "0E+2"),
            ("-2.5", -3, "-2.500", "-2.500"),
            ("-2.5", -2, "-2.50", "-2.50"),
            ("-2.5", -1, "-2.5", "-2.5"),
            ("-2.5", 0, "-3", "-2"),
            ("-2.5", 1, "-0E+1", "-0E+1"),
            ("-2.5", 2, "-0E+2", "-0E+2"),
            ("0.125", -3, "0.125", "0.125"),
            ("0.125", -2, "0.13", "0.12"),
            ("0.125", -1, "0.1", "0.1"),
            ("0.125", 0, "0", "0"),
            ("0.125", 1, "0E+1", "0E+1"),
            ("0.125", 2, "0E+2", "0E+2"),
            ("0.135", -3, "0.135", "0.135"),
            ("0.135", -2, "0.14", "0.14"),
            ("0.135", -1, "0.1", "0.1"),
            ("0.135", 0, "0", "0"),
            ("0.135", 1, "0E+1", "0E+1"),
            ("0.135", 2, "0E+2", "0E+2"),
            ("9.995", -3, "9.995", "9.995"),
            ("9.995", -2, "10.00", "10.00"),
            ("9.995", -1, "10.0", "10.0"),
            ("9.995", 0, "10", "10"),
            ("9.995", 1, "1E+1", "1E+1"),
            ("9.995", 2, "0E+2", "0E+2"),
            ("99.5", -3, "99.500", "99.500"),
            ("99.5", -2, "99.50", "99.50"),
            ("99.5", -1, "99.5", "99.5"),
            ("99.5", 0, "100", "100"),
            ("99.5", 1, "1.0E+2", "1.0E+2"),
            ("99.5", 2, "1E+2", "1E+2"),
            ("0.0005", -3, "0.001", "0.000"),
            ("0.0005", -2, "0.00", "0.00"),
            ("0.0005", -1, "0.0", "0.0"),
            ("0.0005", 0, "0", "0"),
            ("0.0005", 1, "0E+1", "0E+1"),
            ("0.0005", 2, "0E+2", "0E+2"),
            ("-0.0004", -3, "-0.000", "-0.000"),
            ("-0.0004", -2, "-0.00", "-0.00"),
            ("-0.0004", -1, "-0.0", "-0.0"),
            ("-0.0004", 0, "-0", "-0"),
            ("-0.0004", 1, "-0E+1", "-0E+1"),
            ("-0.0004", 2, "-0E+2", "-0E+2"),
            ("123", -3, "123.000", "123.000"),
            ("123", -2, "123.00", "123.00"),
            ("123", -1, "123.0", "123.0"),
            ("123", 0, "123", "123"),
            ("123", 1, "1.2E+2", "1.2E+2"),
            ("123", 2, "1E+2", "1E+2"),
            ("1E+2", -3, "100.000", "100.000"),
            ("1E+2", -2, "100.00", "100.00"),
            ("1E+2", -1, "100.0", "100.0"),
            ("1E+2", 0, "100", "100"),
            ("1E+2", 1, "1.0E+2", "1.0E+2"),
            ("1E+2", 2, "1E+2", "1E+2"),
            ("0", -3, "0.000", "0.000"),
            ("0", -2, "0.00", "0.00"),
            ("0", -1, "0.0", "0.0"),
            ("0", 0, "0", "0"),
            ("0", 1, "0E+1", "0E+1"),
            ("0", 2, "0E+2", "0E+2"),
            ("-0.000", -3, "-0.000", "-0.000"),
            ("-0.000", -2, "-0.00", "-0.00"),
            ("-0.000", -1, "-0.0", "-0.0"),
            ("-0.000", 0, "-0", "-0"),
            ("-0.000", 1, "-0E+1", "-0E+1"),
            ("-0.000", 2, "-0E+2", "-0E+2"),
            ("0.5", -3, "0.500", "0.500"),
            ("0.5", -2, "0.50", "0.50"),
            ("0.5", -1, "0.5", "0.5"),
            ("0.5", 0, "1", "0"),
            ("0.5", 1, "0E+1", "0E+1"),
            ("0.5", 2, "0E+2", "0E+2"),
            ("1.4999999", -3, "1.500", "1.500"),
            ("1.4999999", -2, "1.50", "1.50"),
            ("1.4999999", -1, "1.5", "1.5"),
            ("1.4999999", 0, "1", "1"),
            ("1.4999999", 1, "0E+1", "0E+1"),
            ("1.4999999", 2, "0E+2", "0E+2"),
            ("12345.6789", -3, "12345.679", "12345.679"),
            ("12345.6789", -2, "12345.68", "12345.68"),
            ("12345.6789", -1, "12345.7", "12345.7"),
            ("12345.6789", 0, "12346", "12346"),
            ("12345.6789", 1, "1.235E+4", "1.235E+4"),
            ("12345.6789", 2, "1.23E+4", "1.23E+4"),
        ]
        for (input, exponent, halfUp, halfEven) in cases {
            let decimal = PythonDecimal(input)!
            #expect(decimal.quantized(exponent: exponent, rounding: .halfUp)?.description == halfUp, "\(input) \(exponent)")
            #expect(decimal.quantized(exponent: exponent, rounding: .halfEven)?.description == halfEven, "\(input) \(exponent)")
        }
        #expect(PythonDecimal("Infinity")!.quantized(exponent: 0, rounding: .halfUp) == nil)
        #expect(PythonDecimal("NaN")!.quantized(exponent: 0, rounding: .halfUp)?.isNaN == true)
    }

    @Test func comparesNumerically() {
        let values = ["1", "1.0", "1.00", "-0", "0", "0E+5", "2", "-2", "0.5", "1E+2", "100", "99.99", "-Infinity", "Infinity", "-1E+2", "1E-7", "0.0000001"].map { PythonDecimal($0)! }
        // lt[i][j] is Python's values[i] < values[j]; eq likewise for ==.
        let lt: [[Bool]] = [[false, false, false, false, false, false, true, false, false, true, true, true, false, true, false, false, false], [false, false, false, false, false, false, true, false, false, true, true, true, false, true, false, false, false], [false, false, false, false, false, false, true, false, false, true, true, true, false, true, false, false, false], [true, true, true, false, false, false, true, false, true, true, true, true, false, true, false, true, true], [true, true, true, false, false, false, true, false, true, true, true, true, false, true, false, true, true], [true, true, true, false, false, false, true, false, true, true, true, true, false, true, false, true, true], [false, false, false, false, false, false, false, false, false, true, true, true, false, true, false, false, false], [true, true, true, true, true, true, true, false, true, true, true, true, false, true, false, true, true], [true, true, true, false, false, false, true, false, false, true, true, true, false, true, false, false, false], [false, false, false, false, false, false, false, false, false, false, false, false, false, true, false, false, false], [false, false, false, false, false, false, false, false, false, false, false, false, false, true, false, false, false], [false, false, false, false, false, false, false, false, false, true, true, false, false, true, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, false, true, true, true, true], [false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, false, true, false, true, true], [true, true, true, false, false, false, true, false, true, true, true, true, false, true, false, false, false], [true, true, true, false, false, false, true, false, true, true, true, true, false, true, false, false, false]]
        let eq: [[Bool]] = [[true, true, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false], [false, false, false, true, true, true, false, false, false, false, false, false, false, false, false, false, false], [false, false, false, true, true, true, false, false, false, false, false, false, false, false, false, false, false], [false, false, false, true, true, true, false, false, false, false, false, false, false, false, false, false, false], [false, false, false, false, false, false, true, false, false, false, false, false, false, false, false, false, false], [false, false, false, false, false, false, false, true, false, false, false, false, false, false, false, false, false], [false, false, false, false, false, false, false, false, true, false, false, false, false, false, false, false, false], [false, false, false, false, false, false, false, false, false, true, true, false, false, false, false, false, false], [false, false, false, false, false, false, false, false, false, true, true, false, false, false, false, false, false], [false, false, false, false, false, false, false, false, false, false, false, true, false, false, false, false, false], [false, false, false, false, false, false, false, false, false, false, false, false, true, false, false, false, false], [false, false, false, false, false, false, false, false, false, false, false, false, false, true, false, false, false], [false, false, false, false, false, false, false, false, false, false, false, false, false, false, true, false, false], [false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, true, true], [false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, true, true]]
        for i in values.indices {
            for j in values.indices {
                #expect((values[i] < values[j]) == lt[i][j], "\(values[i]) < \(values[j])")
                #expect((values[i] == values[j]) == eq[i][j], "\(values[i]) == \(values[j])")
                if eq[i][j] { #expect(values[i].hashValue == values[j].hashValue) }
            }
        }
        #expect(!(PythonDecimal.nan < PythonDecimal(1)))
        #expect(!(PythonDecimal(1) < PythonDecimal.nan))
    }

    @Test func convertsFromIntAndDouble() {
        #expect(PythonDecimal(0).description == "0")
        #expect(PythonDecimal(1).description == "1")
        #expect(PythonDecimal(-1).description == "-1")
        #expect(PythonDecimal(42).description == "42")
        #expect(PythonDecimal(-1234567890).description == "-1234567890")
        #expect(PythonDecimal(9223372036854775807).description == "9223372036854775807")
        #expect(PythonDecimal(Int.min).description == "-9223372036854775808")
        #expect(PythonDecimal(0.0).description == "0.0")
        #expect(PythonDecimal(exactly: 0.0).description == "0")
        #expect(PythonDecimal(-0.0).description == "-0.0")
        #expect(PythonDecimal(exactly: -0.0).description == "-0")
        #expect(PythonDecimal(0x1.0000000000000p+0).description == "1.0")
        #expect(PythonDecimal(exactly: 0x1.0000000000000p+0).description == "1")
        #expect(PythonDecimal(0x1.999999999999ap-4).description == "0.1")
        #expect(PythonDecimal(exactly: 0x1.999999999999ap-4).description == "0.1000000000000000055511151231257827021181583404541015625")
        #expect(PythonDecimal(-0x1.999999999999ap-4).description == "-0.1")
        #expect(PythonDecimal(exactly: -0x1.999999999999ap-4).description == "-0.1000000000000000055511151231257827021181583404541015625")
        #expect(PythonDecimal(0x1.1c37937e08000p+53).description == "1E+16")
        #expect(PythonDecimal(exactly: 0x1.1c37937e08000p+53).description == "10000000000000000")
        #expect(PythonDecimal(0x1.4f8b588e368f1p-17).description == "0.00001")
        #expect(PythonDecimal(exactly: 0x1.4f8b588e368f1p-17).description == "0.000010000000000000000818030539140313095458623138256371021270751953125")
        #expect(PythonDecimal(0x1.1eb2d66005835p+997).description == "1.5E+300")
        #expect(PythonDecimal(exactly: 0x1.1eb2d66005835p+997).description == "1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240")
        #expect(PythonDecimal(0x0.0000000000001p-1022).description == "5E-324")
        #expect(PythonDecimal(exactly: 0x0.0000000000001p-1022).description == "4.940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625E-324")
        #expect(PythonDecimal(0x1.edd2f1a9fbe77p+6).description == "123.456")
        #expect(PythonDecimal(exactly: 0x1.edd2f1a9fbe77p+6).description == "123.4560000000000030695446184836328029632568359375")
        #expect(PythonDecimal(Double.infinity).description == "Infinity")
        #expect(PythonDecimal(exactly: Double.infinity).description == "Infinity")
        #expect(PythonDecimal(-Double.infinity).description == "-Infinity")
        #expect(PythonDecimal(exactly: -Double.infinity).description == "-Infinity")
        #expect(PythonDecimal(Double.nan).description == "NaN")
        #expect(PythonDecimal(exactly: Double.nan).description == "NaN")
        #expect(PythonDecimal(0x1.5666666666666p+1).description == "2.675")
        #expect(PythonDecimal(exactly: 0x1.5666666666666p+1).description == "2.67499999999999982236431605997495353221893310546875")
        #expect(PythonDecimal(0x1.5555555555555p-2).description == "0.3333333333333333")
        #expect(PythonDecimal(exactly: 0x1.5555555555555p-2).description == "0.333333333333333314829616256247390992939472198486328125")
        #expect(PythonDecimal(0x1.0f0cf064dd592p+73).description == "1E+22")
        #expect(PythonDecimal(exactly: 0x1.0f0cf064dd592p+73).description == "10000000000000000000000")
        #expect(PythonDecimal(0x1.11dbd512ec6bdp+5).description == "34.23234")
        #expect(PythonDecimal(exactly: 0x1.11dbd512ec6bdp+5).description == "34.23234000000000065710992203094065189361572265625")
    }
}
