import QtQuick
import QtTest
import Seam.Ui

// The Vocabulary singleton (model/vocabulary.cpp) gives Theme, the cards and the
// palette what they show for each kind: every kind of the model has a colour,
// an icon that loads and a badge shape, with no per-kind QML.
Item {
    width: 400
    height: 700

    Document { id: doc }
    Selection { id: sel; document: doc }
    EditorCanvas { id: canvas; width: 400; height: 300; document: doc; selection: sel }
    ComponentPalette { id: palette; width: 200; height: 600; kinds: doc.componentKinds }
    Repeater {
        id: icons
        model: Vocabulary.kinds
        Image { required property string modelData; source: Vocabulary.kindIcon(modelData); asynchronous: false }
    }

    TestCase {
        name: "Vocabulary"
        when: windowShown

        function test_listsTheModelsSpellings() {
            compare(Vocabulary.kinds, doc.componentKinds)
            compare(Vocabulary.patterns, doc.patterns)
            verify(Vocabulary.kinds.indexOf("database") >= 0)
        }

        function test_themeColoursEveryKind() {
            const seen = {}
            for (const kind of Vocabulary.kinds) {
                const c = Theme.kindColor(kind)
                compare(c.a, 1, kind + " has an opaque badge colour")
                verify(Qt.colorEqual(c, Vocabulary.kindColor(kind, Theme.dark)), kind)
                verify(!seen[c.toString()], kind + " shares its colour with " + seen[c.toString()])
                seen[c.toString()] = kind
            }
        }

        function test_everyKindIconLoads() {
            compare(icons.count, Vocabulary.kinds.length)
            for (let i = 0; i < icons.count; ++i) {
                const icon = icons.itemAt(i)
                compare(icon.status, Image.Ready, icon.source.toString())
                compare(String(Theme.kindIcon(Vocabulary.kinds[i])), icon.source.toString())
            }
        }

        function test_badgeShapes() {
            // Data stores are circles; everything else a square rounded by a quarter of its side.
            compare(Theme.kindBadgeRadius("database", 28), 14)
            compare(Theme.kindBadgeRadius("cache", 22), 11)
            compare(Theme.kindBadgeRadius("service", 28), 7)
            compare(Theme.kindBadgeRadius("queue", 22), 5)
        }

        function test_paletteShowsEveryKind() {
            for (const kind of Vocabulary.kinds) {
                const entry = findChild(palette, "palette-" + kind)
                verify(entry, kind)
                compare(findChild(entry, "title").text, Vocabulary.kindTitle(kind))
                const badge = findChild(entry, "badge")
                compare(badge.radius, Vocabulary.badgeRadius(kind, badge.width))
                verify(Qt.colorEqual(badge.color, Theme.kindColor(kind)), kind)
            }
            compare(findChild(findChild(palette, "palette-database"), "title").text, "Database")
        }

        function test_cardBadgesFollowTheirKind() {
            verify(doc.load(examplesDir + "/checkout.seam.yaml"), doc.lastError)
            canvas.zoom = 1
            wait(0)
            for (const [id, kind] of [["orders-db", "database"], ["orders", "service"], ["web", "client"]]) {
                const card = findChild(canvas, "card-" + id)
                verify(card, id)
                const badge = findChild(card, "kindBadge")
                verify(Qt.colorEqual(badge.color, Theme.kindColor(kind)), id)
                compare(badge.radius, Vocabulary.badgeRadius(kind, badge.width), id)
            }
            compare(findChild(findChild(canvas, "card-orders-db"), "kindBadge").radius, 14) // a circle
            compare(findChild(findChild(canvas, "card-orders"), "kindBadge").radius, 7)
        }

        function test_patternsHaveColoursAndTitles() {
            for (const pattern of Vocabulary.patterns) {
                compare(Vocabulary.patternColor(pattern, false).a, 1, pattern)
                compare(Vocabulary.patternColor(pattern, true).a, 1, pattern)
                verify(Vocabulary.patternTitle(pattern).length > 0, pattern)
            }
            compare(Vocabulary.patternTitle("pubsub"), "pub/sub")
            verify(Vocabulary.isSyncPattern("rest"))
            verify(!Vocabulary.isSyncPattern("queue"))
        }

        function test_unknownSpellingsAreVisibleMistakes() {
            ignoreWarning("Vocabulary: unknown component kind servise")
            compare(Theme.kindColor("servise").a, 0)
            ignoreWarning("Vocabulary: unknown component kind servise")
            compare(String(Theme.kindIcon("servise")), "")
            ignoreWarning("Vocabulary: unknown pattern rset")
            compare(Vocabulary.patternColor("rset", false).a, 0)
            // No selection in the inspector: no kind, no warning.
            compare(Theme.kindColor("").a, 0)
        }
    }
}
