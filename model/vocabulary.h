#pragma once
// Everything Seam knows about each component kind, integration pattern and trust
// zone, one row per value: what it means to the model, how the exporters draw it and how
// the editor shows it. The model's predicates, the Graphviz and Mermaid shapes,
// the edge layer and the QML `Vocabulary` singleton all read these rows, so a
// new kind is one enum value (enums.h), one row (vocabulary.cpp) and one icon
// (resources/icons/), and the compiler checks the table is complete.

#include "enums.h"

#include <span>
#include <string_view>

namespace seam {

// A colour for each editor theme, "#rrggbb".
struct ThemeColour {
    std::string_view light;
    std::string_view dark;
};

// The outline of the kind badge on cards and in the palette.
enum class BadgeShape {
    Rounded, // a rounded square (radius a quarter of the side)
    Round, // a circle: data stores
};

struct KindInfo {
    ComponentKind value;
    std::string_view spelling; // in the file: `kind: database`
    std::string_view title; // in the palette: "Database"
    std::string_view description; // one line, for docs and the schema
    Zone defaultZone; // when the component has no `zone:`
    bool dataStore; // holds data others read and write (shared-database, sync-chain)
    bool destination; // a broker's queue or topic: integrations pass through it
    // Graphviz (overview.svg/png/dot): node shape, style and fill on a white page.
    std::string_view dotShape;
    std::string_view dotStyle;
    std::string_view dotFill;
    // Mermaid flowchart node: label between `open` and `close`, then `:::class` if any.
    std::string_view mermaidOpen;
    std::string_view mermaidClose;
    std::string_view mermaidClass;
    // Editor: badge hue, icon file in resources/icons/, badge outline.
    ThemeColour badge;
    std::string_view icon;
    BadgeShape badgeShape;
};

struct PatternInfo {
    Pattern value;
    std::string_view spelling; // in the file: `pattern: pubsub`
    std::string_view title; // in documents: "pub/sub"
    std::string_view description; // one line, for docs and the schema
    bool sync; // the caller waits for the answer: solid edge, counts in sync chains
    bool operations; // a request/response API described by `operations` (rest, graphql, grpc)
    bool messaging; // through a broker: consumers need a dead-letter queue (queue, pubsub, stream)
    ThemeColour edge; // edge and label colour in the editor
};

struct ZoneInfo {
    Zone value;
    std::string_view spelling; // in the file: `zone: dmz`
    std::string_view title; // cluster label in exports and boundary label on the canvas: "DMZ"
    ThemeColour hue; // editor: the boundary's outline and label; its fill is a faint tint of it
};

// The rows in enum order: kindTable()[size_t(k)].value == k.
std::span<const KindInfo> kindTable();
std::span<const PatternInfo> patternTable();
std::span<const ZoneInfo> zoneTable();
const KindInfo &kindInfo(ComponentKind kind);
const PatternInfo &patternInfo(Pattern pattern);
const ZoneInfo &zoneInfo(Zone zone);

} // namespace seam
