import Testing
@testable import ReinhardtUtils

/// Django's `lorem_ipsum` and `{% lorem %}`: the common text exactly (from Django 5.2.19), the
/// random text by shape.
@Suite struct LoremIpsumTests {
    @Test func commonTextIsExact() {
        #expect(LoremIpsum.words(-25, common: true) == "")
        #expect(LoremIpsum.words(-19, common: true) == "")
        #expect(LoremIpsum.words(-1, common: true) == "lorem ipsum dolor sit amet consectetur adipisicing elit sed do eiusmod tempor incididunt ut labore et dolore magna")
        #expect(LoremIpsum.words(0, common: true) == "")
        #expect(LoremIpsum.words(1, common: true) == "lorem")
        #expect(LoremIpsum.words(2, common: true) == "lorem ipsum")
        #expect(LoremIpsum.words(5, common: true) == "lorem ipsum dolor sit amet")
        #expect(LoremIpsum.words(19, common: true) == "lorem ipsum dolor sit amet consectetur adipisicing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua")
        #expect(LoremIpsum.words(-1, common: false) == "")
        #expect(LoremIpsum.words(0, common: false) == "")
        #expect(LoremIpsum.paragraphs(1, common: true) == ["Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum."])
        #expect(LoremIpsum.paragraphs(0, common: true).isEmpty)
        #expect(LoremIpsum.paragraphs(-2, common: false).isEmpty)
        #expect(LoremIpsum.loremTag(count: 1, method: "b", common: true) == "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.")
        #expect(LoremIpsum.loremTag(count: 1, method: "p", common: true) == "<p>Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.</p>")
        #expect(LoremIpsum.loremTag(count: 3, method: "w", common: true) == "lorem ipsum dolor")
        #expect(LoremIpsum.loremTag(count: 0, method: "p", common: true) == "")
    }

    @Test func randomWordsHaveTheRequestedCountAndVocabulary() {
        let vocabulary = Set(LoremIpsum.words)
        for count in [1, 7, 19, 20, 182, 183, 400] {
            let common = LoremIpsum.words(count, common: true).split(separator: " ").map(String.init)
            #expect(common.count == count)
            #expect(Array(common.prefix(19)) == Array(LoremIpsum.commonWords.prefix(count)))
            let random = LoremIpsum.words(count, common: false).split(separator: " ").map(String.init)
            #expect(random.count == count)
            #expect(random.allSatisfy(vocabulary.contains))
            #expect(Set(random.prefix(182)).count == min(count, 182))
        }
    }

    @Test func randomParagraphsHaveDjangosShape() {
        let vocabulary = Set(LoremIpsum.words)
        let paragraphs = LoremIpsum.paragraphs(30, common: true)
        #expect(paragraphs.count == 30)
        #expect(paragraphs[0] == LoremIpsum.commonParagraph)
        for paragraph in paragraphs.dropFirst() {
            let sentences = paragraph.split(whereSeparator: { $0 == "." || $0 == "?" })
            #expect((1...4).contains(sentences.count))
            #expect(paragraph.last == "." || paragraph.last == "?")
            #expect(paragraph.first?.isUppercase == true)
            for sentence in sentences {
                let sections = sentence.split(separator: ",")
                #expect((1...5).contains(sections.count))
                for section in sections {
                    let words = section.split(separator: " ").map { $0.lowercased() }
                    #expect((3...12).contains(words.count))
                    #expect(Set(words).count == words.count)
                    #expect(words.allSatisfy(vocabulary.contains))
                }
            }
        }
        #expect(LoremIpsum.paragraphs(2, common: false)[0] != LoremIpsum.commonParagraph)
    }

    @Test func tagJoinsParagraphs() {
        let plain = LoremIpsum.loremTag(count: 3, method: "b", common: true)
        let blocks = plain.split(separator: "\n\n", omittingEmptySubsequences: false)
        #expect(blocks.count == 3)
        #expect(blocks[0] == LoremIpsum.commonParagraph)
        let html = LoremIpsum.loremTag(count: 2, method: "p", common: false).split(separator: "\n\n", omittingEmptySubsequences: false)
        #expect(html.count == 2)
        #expect(html.allSatisfy { $0.hasPrefix("<p>") && $0.hasSuffix("</p>") })
        #expect(LoremIpsum.loremTag(count: 4, method: "w", common: false).split(separator: " ").count == 4)
    }
}
