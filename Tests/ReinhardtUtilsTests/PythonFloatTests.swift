import Testing
@testable import ReinhardtUtils

/// Expectations generated from CPython's `float` and `int`.
@Suite struct PythonFloatTests {
    @Test func reprMatchesPython() {
        let cases: [(Double, String)] = [
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (0x1.0000000000000p+0, "1.0"),
            (-0x1.0000000000000p+0, "-1.0"),
            (0x1.999999999999ap-4, "0.1"),
            (0x1.3333333333334p-2, "0.30000000000000004"),
            (0x1.1c37937e08000p+53, "1e+16"),
            (0x1.c6bf526340000p+49, "1000000000000000.0"),
            (0x1.b69b4ba630f35p+56, "1.2345678901234568e+17"),
            (0x1.a36e2eb1c432dp-14, "0.0001"),
            (0x1.4f8b588e368f1p-17, "1e-05"),
            (0x1.02e4b6ce5dc68p-13, "0.00012345"),
            (0x1.0f0cf064dd592p+73, "1e+22"),
            (0x1.52d02c7e14af6p+76, "1e+23"),
            (0x1.fffffffffffffp+1023, "1.7976931348623157e+308"),
            (0x0.0000000000001p-1022, "5e-324"),
            (0x1.0000000000000p-1022, "2.2250738585072014e-308"),
            (Double.infinity, "inf"),
            (-Double.infinity, "-inf"),
            (Double.nan, "nan"),
            (0x1.8000000000000p+0, "1.5"),
            (0x1.9000000000000p+6, "100.0"),
            (0x1.34a456d5cfaadp+10, "1234.5678"),
            (0x1.0000000000000p+53, "9007199254740992.0"),
            (0x1.3333333333333p-2, "0.3"),
            (0x1.5555555555555p-1, "0.6666666666666666"),
            (0x1.249ad2594c37dp+332, "1e+100"),
            (0x1.6b082c2148b8ep-60, "1.23e-18"),
            (0x1.1c37937e08000p+53, "1e+16"),
            (0x1.ad7f29abcaf48p-24, "1e-07"),
            (0x1.3270e269e0d37p+594, "7.761117632285041e+178"),
            (-0x1.a18aeda73d2dcp+19, "-855127.4266649145"),
            (-0x1.06538aa29bbfep+18, "-268622.1661748289"),
            (0x1.675cc81e74ef5p-144, "6.294675241195386e-44"),
            (0x1.d549b6f03675ap+689, "4.708325160387546e+207"),
            (-0x1.16ece1738f7d9p-814, "-9.973130378568733e-246"),
            (0x1.3f3107faa06d8p+19, "653704.249344076"),
            (-0x1.0b33839263059p-488, "-1.306052388527796e-147"),
            (0x1.b5373c5137304p+19, "895417.8849140112"),
            (-0x1.9397867d49564p+17, "-206639.0506984397"),
            (0x1.74ccccccccccdp+5, "46.6"),
            (-0x1.a63ec24ede6a4p-857, "-1.7163996725272777e-258"),
            (-0x1.d05584ef8aa38p-777, "-2.2818334634712625e-234"),
            (0x1.6973eab367a10p+7, "180.7264"),
            (-0x1.30d03e491e93ap+19, "-624257.9464257129"),
            (0x1.2f037b64ce422p-766, "3.0496182610151205e-231"),
            (0x1.d0e197da38d68p+17, "238019.18634710764"),
            (0x1.efa0fc7f84260p+15, "63440.493160371436"),
            (0x1.d19a1cac08312p+8, "465.602"),
            (-0x1.c74273f98e277p+182, "-1.0901301243108798e+55"),
            (0x1.d1bfbc7a2ea20p-24, "1.084406323928777e-07"),
            (-0x1.347214cdd2055p-920, "-1.3593855381697515e-277"),
            (-0x1.31b627af71ab8p+18, "-313048.62008325337"),
            (0x1.a99f04df91db0p+17, "217918.03807280725"),
            (0x1.a18e8830e07bcp+689, "4.189310710358099e+207"),
            (0x1.875555790f82ep-401, "2.9599107635242675e-121"),
            (0x1.a5b2c710cb296p+8, "421.69835"),
            (-0x1.1d3f28ede0d7ap-724, "-1.2625943181009154e-218"),
            (0x1.992cccccccccdp+9, "818.35"),
            (0x1.70a1e089f4598p+17, "188739.75421003695"),
            (-0x1.5625565fa9438p+16, "-87589.33739717386"),
            (0x1.d8572b020c49cp+9, "944.681"),
            (-0x1.a8ce018dde14ap+19, "-870000.0485678103"),
            (0x1.359b7e90ff972p+8, "309.6074"),
            (0x1.9af5c28f5c28fp+9, "821.92"),
            (0x1.bb851eb851eb8p+9, "887.04"),
            (0x1.fb2297631a992p+432, "2.1970596639628e+130"),
            (0x1.2aa0a1df9fd78p+999, "6.249646571111859e+300"),
            (0x1.52399c4aaeac1p+154, "3.0170681842882087e+46"),
            (0x1.c9f503f63af83p+606, "4.750750204750985e+182"),
            (0x1.b103cdf1582b0p+1010, "1.8559166032057722e+304"),
            (0x1.2287672fdf202p+622, "1.9751801151887592e+187"),
            (0x1.7665f4e46af10p+19, "766767.6528830249"),
            (0x1.affd70a3d70a4p+9, "863.98"),
            (0x1.ed3bc947064edp+9, "986.46708"),
            (0x1.ded999999999ap+9, "957.7"),
            (0x1.1867626bb7dbdp-73, "1.159723123546231e-22"),
            (-0x1.dc803c2b84ea4p+19, "-975873.8803124023"),
            (0x1.6cae147ae147bp+7, "182.34"),
            (-0x1.af4016b4013efp-882, "-5.224362650831876e-266"),
            (0x1.088f590fbbd11p+282, "8.030506098092244e+84"),
            (0x1.593f318fc5048p+9, "690.4937"),
            (0x1.477bb4f616723p+9, "654.96646"),
            (-0x1.88334e647cb8fp+496, "-3.1343387564175544e+149"),
            (0x1.b541b089a0275p+9, "874.5132"),
            (0x1.50cad66237a04p+591, "1.0662269838816983e+178"),
            (0x1.36886a260cd0bp+617, "6.597432204635068e+185"),
            (-0x1.32d0d113db17dp+962, "-4.671898820796292e+289"),
            (0x1.442f9298cb3a5p-573, "4.0960622500000236e-173"),
            (0x1.58ca00d75985dp-604, "2.028598735161868e-182"),
        ]
        for (value, expected) in cases { #expect(PythonFloat.repr(value) == expected) }
    }

    @Test func parseMatchesPython() {
        let cases: [(String, String?)] = [
            ("1", "1.0"),
            (" 1.5 ", "1.5"),
            ("-0", "-0.0"),
            ("+.5", "0.5"),
            ("5.", "5.0"),
            (".", nil),
            ("1e5", "100000.0"),
            ("1E-5", "1e-05"),
            ("1e", nil),
            ("inf", "inf"),
            ("-Infinity", "-inf"),
            ("iNF", "inf"),
            ("nan", "nan"),
            ("-NaN", "nan"),
            ("infinit", nil),
            ("1_000.5", "1000.5"),
            ("1__0", nil),
            ("_1", nil),
            ("1_", nil),
            ("1_.5", nil),
            ("1._5", nil),
            ("1e1_0", "10000000000.0"),
            ("1_e5", nil),
            ("0x10", nil),
            ("1e400", "inf"),
            ("-1e400", "-inf"),
            ("1e-400", "0.0"),
            ("\u{663}.\u{665}", "3.5"),
            ("\u{a0}2\u{2003}", "2.0"),
            ("", nil),
            ("  ", nil),
            ("abc", nil),
            ("1 2", nil),
            ("1.2.3", nil),
            ("++1", nil),
            ("1e+-2", nil),
            ("0001.5000", "1.5"),
            ("123456789012345678901234567890", "1.2345678901234568e+29"),
            ("nan(1)", nil),
            ("infinity ", "inf"),
            ("0.1", "0.1"),
        ]
        for (input, expected) in cases { #expect(PythonFloat.parse(input).map(PythonFloat.repr) == expected, "\(input)") }
    }

    @Test func intParseMatchesPython() {
        let cases: [(String, Int?)] = [
            ("0", 0),
            ("-0", 0),
            ("+7", 7),
            (" 42 ", 42),
            ("1_000", 1000),
            ("1__0", nil),
            ("_1", nil),
            ("1_", nil),
            ("00", 0),
            ("0_0", 0),
            ("007", 7),
            ("1.5", nil),
            ("1e3", nil),
            ("", nil),
            (" ", nil),
            ("abc", nil),
            ("\u{661}\u{662}", 12),
            ("9223372036854775807", 9223372036854775807),
            ("-9223372036854775808", -9223372036854775808),
            ("9223372036854775808", nil),
            ("--1", nil),
            ("+ 1", nil),
            ("0x10", nil),
            ("\u{a0}-5\u{2003}", -5),
        ]
        for (input, expected) in cases { #expect(PythonInt.parse(input) == expected, "\(input)") }
    }

    @Test func roundMatchesPython() {
        #expect(PythonFloat.round(0x1.0000000000000p-1) == 0)
        #expect(PythonFloat.round(0x1.8000000000000p+0) == 2)
        #expect(PythonFloat.round(0x1.4000000000000p+1) == 2)
        #expect(PythonFloat.round(-0x1.0000000000000p-1) == 0)
        #expect(PythonFloat.round(-0x1.8000000000000p+0) == -2)
        #expect(PythonFloat.round(0x1.3ffffffffffffp+1) == 2)
        #expect(PythonFloat.round(0x1.d99999999999ap+1) == 4)
        #expect(PythonFloat.round(-0x1.d99999999999ap+1) == -4)
        #expect(PythonFloat.round(0x1.c6bf526340004p+49) == 1000000000000000)
        #expect(PythonFloat.round(0x1.fffffffffffffp-2) == 0)
        #expect(PythonFloat.round(.nan) == nil)
        #expect(PythonFloat.round(.infinity) == nil)
        #expect(PythonFloat.repr(PythonFloat.round(0x1.5666666666666p+1, digits: 2)) == "2.67")
        #expect(PythonFloat.repr(PythonFloat.round(0x1.0000000000000p-3, digits: 2)) == "0.12")
        #expect(PythonFloat.repr(PythonFloat.round(0x1.8000000000000p-2, digits: 2)) == "0.38")
        #expect(PythonFloat.repr(PythonFloat.round(0x1.0cccccccccccdp+0, digits: 1)) == "1.1")
        #expect(PythonFloat.repr(PythonFloat.round(0x1.2666666666666p+0, digits: 1)) == "1.1")
        #expect(PythonFloat.repr(PythonFloat.round(0x1.4000000000000p+0, digits: 1)) == "1.2")
        #expect(PythonFloat.repr(PythonFloat.round(-0x1.47ae147ae147bp-5, digits: 1)) == "-0.0")
        #expect(PythonFloat.repr(PythonFloat.round(0x1.34a456d5cfaadp+10, digits: -2)) == "1200.0")
        #expect(PythonFloat.repr(PythonFloat.round(0x0.0000000000001p-1022, digits: 1)) == "0.0")
        #expect(PythonFloat.repr(PythonFloat.round(0x1.fffffffffffffp+1023, digits: -300)) == "1.79769313e+308")
        #expect(PythonFloat.repr(PythonFloat.round(0x1.0000000000000p-1, digits: 0)) == "0.0")
        #expect(PythonFloat.repr(PythonFloat.round(0x1.4000000000000p+1, digits: 0)) == "2.0")
        #expect(PythonFloat.repr(PythonFloat.round(0x1.5555555555555p-2, digits: 10)) == "0.3333333333")
        #expect(PythonFloat.repr(PythonFloat.round(0x1.edd2f1a9fbe77p+6, digits: 400)) == "123.456")
        #expect(PythonFloat.repr(PythonFloat.round(0x1.edd2f1a9fbe77p+6, digits: -400)) == "0.0")
        #expect(PythonFloat.repr(PythonFloat.round(0x1.7e43c8800759cp+996, digits: 2)) == "1e+300")
    }
}
