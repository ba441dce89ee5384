#pragma once
// Automatic layout and rendering of a model's component graph with Graphviz.
//
// Coordinates: 1 Graphviz point = 1 pixel, so a 160x72 px card is a 160x72 pt
// Graphviz node and the numbers stay the ones users see in the `layout:`
// section. Graphviz measures y upwards from the bottom; everything here is
// converted to y-down with the origin at the top-left, like `layout:`.
//
// THREADING: Graphviz (libgvc/libcgraph) keeps global state and is not
// thread-safe. Every function here takes a process-wide lock, so concurrent
// calls from different threads (runExporters renders svg and png side by side)
// queue up instead of corrupting memory, but a GUI must not call them on its
// own thread (a layout of thousands of nodes takes seconds): use LayoutWorker
// (layoutworker.h), which runs them in a dedicated thread.
//
// ONE CONTEXT: everything uses the process's single Graphviz context
// (GraphvizContext::process()). Freeing a context and creating another one
// leaves pango's font cache (shared by the cairo plugin) pointing into freed
// memory: the second render then reads it (ASan: heap-use-after-free).
//
// This header includes no Graphviz header: only seam_layout's sources do.

#include "model/geometry.h"
#include "model/model.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct GVC_s; // Graphviz's GVC_t

namespace seam {

enum class LayoutEngine {
    Auto, // dot for up to kSfdpThreshold components and kDotIntegrationLimit integrations, else sfdp
    Dot, // layered; best for readable flow diagrams, slow beyond ~1500 nodes
    Sfdp, // multiscale force-directed; handles 10k nodes in seconds
};
std::string_view layoutEngineName(LayoutEngine engine); // "auto", "dot", "sfdp"

// Component count from which LayoutEngine::Auto picks sfdp (dot takes ~30 s at 5k).
inline constexpr std::size_t kSfdpThreshold = 1500;
// dot's cost grows with edges more than with nodes: measured here, a random
// graph of 200 components and 600 integrations takes dot 5–8 s of CPU, 300/900
// over 15 s, and 500/1500 several minutes, while sfdp does 2000/6000 in ~1 s.
// Because a running Graphviz layout cannot be interrupted, Auto switches to
// sfdp above this many integrations rather than freeze the auto layout.
inline constexpr std::size_t kDotIntegrationLimit = 600;

struct LayoutPoint {
    double x = 0;
    double y = 0;
    bool operator==(const LayoutPoint &) const = default;
};

struct PinnedPosition {
    std::string id; // component id
    LayoutPoint topLeft; // pixels, y down
};

struct LayoutRequest {
    LayoutEngine engine = LayoutEngine::Auto;
    double nodeWidth = geometry::cardWidth; // px
    double nodeHeight = geometry::cardHeight;
    // Components that must end up exactly here (e.g. cards the user placed by
    // hand). The others are laid out around them without overlapping them.
    std::vector<PinnedPosition> pinned;
    bool leftToRight = true; // rankdir=LR (dot only)
    bool zoneClusters = true; // group components by trust zone (dot only)
    // Place only the unpinned cards, near the pinned cards they connect to: neato
    // with every pin fixed, instead of laying out the whole graph and moving it onto
    // the pins (the editor's "Auto Layout" of new cards). Needs at least one pin and
    // fewer than kSfdpThreshold components; otherwise the engine is used as usual.
    bool placeAroundPins = false;
};

// An integration's route. `points` is a cubic Bézier chain in the layout's
// coordinates: p0, c1, c2, p1, c1, c2, p2 … (3n+1 points, n >= 1). It starts
// on the border of the `from` card and ends on the border of the `to` card
// (where the arrow head goes). A straight segment is a Bézier whose control
// points lie on the line.
struct EdgeRoute {
    std::string integrationId;
    std::vector<LayoutPoint> points;
};

struct LayoutResult {
    // Top-left corner of every component's card, in model order.
    std::vector<std::pair<std::string, LayoutPoint>> positions;
    std::vector<EdgeRoute> edges; // one per integration whose ends exist, in model order
    LayoutEngine engine = LayoutEngine::Auto; // the engine actually used
    double width = 0; // extent of the cards, from (0,0) unless pins lie further out
    double height = 0;
    std::string error; // empty on success
    bool ok() const { return error.empty(); }

    const LayoutPoint *positionOf(std::string_view id) const;
};

// The process's Graphviz context (GVC_t with its plugins loaded), created on
// first use and freed at exit. Only the functions below use it, under the lock.
class GraphvizContext {
public:
    static GraphvizContext &process();
    ~GraphvizContext();
    GraphvizContext(const GraphvizContext &) = delete;
    GraphvizContext &operator=(const GraphvizContext &) = delete;

    bool ok() const; // false when Graphviz could not be initialised
    const std::string &error() const; // why not
    // Whether an output format (e.g. "png", "svg") has a render plugin.
    bool hasFormat(std::string_view format) const;
    // For code that drives Graphviz's C API itself (tests rendering DOT text the
    // way a user's own Graphviz would): never free it, never use it from two threads.
    GVC_s *raw() const;

    struct Impl;
    Impl *impl() const { return m_impl.get(); }

private:
    GraphvizContext();
    std::unique_ptr<Impl> m_impl;
};

LayoutEngine resolveEngine(const Model &model, LayoutEngine requested);

LayoutResult computeLayout(const Model &model, const LayoutRequest &request);

// Routes for cards that stay where they are: the editor's current positions,
// after the user moved cards by hand. Graphviz's neato in "-n2" mode (layout
// engine "nop2": positions are taken as given, in points) draws each
// integration as splines around the other cards (splines=true).
struct RouteRequest {
    double nodeWidth = geometry::cardWidth; // px
    double nodeHeight = geometry::cardHeight;
    // Top-left of every component (pixels, y down). A component missing here is an error.
    std::vector<PinnedPosition> positions;
};

// Above this many components the editor keeps straight arrows: Graphviz's
// obstacle-avoiding router grows with about the cube of the card count
// (route_bench, BENCHMARKS.md: 1.6 s of CPU at 100 cards, 19 s at 200, 61 s at
// 300), and routes must follow a drag within a second or two.
inline constexpr std::size_t kRouteComponentLimit = 100;

// `positions` is the request's, unchanged (routing moves no card); `edges` one
// route per integration whose ends exist. An integration Graphviz gave no
// spline (e.g. its cards overlap) gets a straight border-to-border route.
LayoutResult computeRoutes(const Model &model, const RouteRequest &request);

// The overview diagram: components with shapes by kind, integrations with
// solid (sync) or dashed (async) lines labelled with their pattern, trust
// zones as clusters. `format` is "dot" (the graph source, without positions,
// for people who run Graphviz themselves), "svg" or "png". Returns the bytes;
// on failure returns "" and sets `error`.
std::string renderGraph(const Model &model, std::string_view format, std::string &error);

// The DOT source renderGraph(…, "dot", …) produces, also used by tests.
std::string modelToDot(const Model &model, std::string &error);

} // namespace seam
