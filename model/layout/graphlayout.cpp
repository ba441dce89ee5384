#include "graphlayout.h"

#include "numbertext.h"
#include "vocabulary.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

namespace seam {

namespace {

// Graphviz's C API predates const; it does not modify these strings.
char *cs(const char *text)
{
    return const_cast<char *>(text);
}
char *cs(const std::string &text)
{
    return const_cast<char *>(text.c_str());
}

// One lock for every entry into Graphviz: its parser, attribute tables and
// error channel are globals shared by all contexts.
std::recursive_mutex &graphvizMutex()
{
    static std::recursive_mutex mutex;
    return mutex;
}

// Graphviz reports problems through a global callback; collect them so they
// end up in our error strings instead of on stderr.
std::string g_graphvizMessages;
int collectMessage(char *message)
{
    if (message && g_graphvizMessages.size() < 4096)
        g_graphvizMessages += message;
    return 0;
}

class MessageCapture {
public:
    MessageCapture()
    {
        g_graphvizMessages.clear();
        m_previous = agseterrf(collectMessage);
    }
    ~MessageCapture() { agseterrf(m_previous); }
    std::string take(const std::string &fallback)
    {
        std::string text = g_graphvizMessages;
        g_graphvizMessages.clear();
        while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
            text.pop_back();
        if (text.empty())
            return fallback;
        return fallback + ": " + text;
    }

private:
    agusererrf m_previous = nullptr;
};

constexpr double kPointsPerInch = 72.0; // Graphviz sizes nodes in inches, positions in points

// Graphviz interprets backslash sequences in labels (\N is the node name, \n a
// line break …) and decodes HTML entities in plain labels (`&amp;` shows as `&`,
// `&#65;` as `A`): a literal backslash is doubled and every `&` becomes `&amp;`
// so that what the user typed is what the picture shows.
std::string escapeLabelText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '&')
            out += "&amp;";
        else if (c == '\n')
            out += "\\n";
        else if (c != '\r')
            out += c;
    }
    return out;
}

std::string zoneLabel(Zone zone)
{
    return std::string(zoneInfo(zone).title);
}

struct BuiltGraph {
    Agraph_t *graph = nullptr;
    std::vector<Agnode_t *> nodes; // by component index
    std::vector<Agedge_t *> edges; // by integration index; null when an end is missing
    std::vector<std::pair<size_t, size_t>> ends; // component indexes of each integration's ends

    BuiltGraph() = default;
    BuiltGraph(const BuiltGraph &) = delete;
    BuiltGraph &operator=(const BuiltGraph &) = delete;
    ~BuiltGraph()
    {
        if (graph)
            agclose(graph);
    }
};

enum class GraphPurpose { Layout, Render, Route };

// Centre of every card in Graphviz points (y up), by component id: for GraphPurpose::Route.
using CentreMap = std::unordered_map<std::string, LayoutPoint>;

// Builds the graph with the cgraph API instead of printing DOT text: no
// quoting to get wrong, and labels reach Graphviz byte for byte.
bool buildGraph(BuiltGraph &built, const Model &model, GraphPurpose purpose, LayoutEngine engine,
                const LayoutRequest &request, std::string &error, const CentreMap *centres = nullptr)
{
    Agdesc_t kind = Agdirected;
    built.graph = agopen(cs("seam"), kind, nullptr);
    if (!built.graph) {
        error = "Graphviz could not create a graph";
        return false;
    }
    Agraph_t *g = built.graph;
    const bool render = purpose == GraphPurpose::Render;
    const bool route = purpose == GraphPurpose::Route;
    const bool dot = !route && engine == LayoutEngine::Dot;

    agattr(g, AGRAPH, cs("newrank"), cs("true"));
    if (route) {
        // nop2 keeps every pos as given; notranslate keeps the coordinates ours.
        agattr(g, AGRAPH, cs("splines"), cs("true"));
        agattr(g, AGRAPH, cs("notranslate"), cs("true"));
    } else if (dot) {
        if (request.leftToRight)
            agattr(g, AGRAPH, cs("rankdir"), cs("LR"));
        agattr(g, AGRAPH, cs("nodesep"), cs("0.45"));
        agattr(g, AGRAPH, cs("ranksep"), cs("0.9"));
        if (model.integrationList().size() > 150) {
            // Network simplex (ranking and x placement) dominates dot's time on
            // densely connected graphs; capping its iterations cuts the time ~3x
            // (measured on generated models) for slightly less compact drawings.
            agattr(g, AGRAPH, cs("nslimit"), cs("1"));
            agattr(g, AGRAPH, cs("nslimit1"), cs("1"));
            agattr(g, AGRAPH, cs("mclimit"), cs("0.3"));
        }
    } else {
        // sfdp: remove overlaps keeping a margin; straight edges, because its
        // spline router is quadratic and a 5k-node overview is unreadable anyway.
        agattr(g, AGRAPH, cs("overlap"), cs("prism"));
        agattr(g, AGRAPH, cs("sep"), cs("+16"));
        agattr(g, AGRAPH, cs("layout"), cs("sfdp"));
    }
    if (render) {
        agattr(g, AGRAPH, cs("label"), cs(escapeLabelText(model.name)));
        agattr(g, AGRAPH, cs("labelloc"), cs("t"));
        agattr(g, AGRAPH, cs("fontname"), cs("Helvetica,Arial,sans-serif"));
        agattr(g, AGRAPH, cs("fontsize"), cs("16"));
    }

    Agsym_t *shape = agattr(g, AGNODE, cs("shape"), cs("box"));
    Agsym_t *width = agattr(g, AGNODE, cs("width"), cs(formatRounded(request.nodeWidth / kPointsPerInch, 4)));
    Agsym_t *height = agattr(g, AGNODE, cs("height"), cs(formatRounded(request.nodeHeight / kPointsPerInch, 4)));
    (void)width;
    (void)height;
    Agsym_t *label = agattr(g, AGNODE, cs("label"), cs(""));
    Agsym_t *pos = route ? agattr(g, AGNODE, cs("pos"), cs("")) : nullptr;
    Agsym_t *style = nullptr;
    Agsym_t *fill = nullptr;
    Agsym_t *tooltip = nullptr;
    if (render) {
        // Cards grow with long names in documents; 160x72 stays the minimum.
        agattr(g, AGNODE, cs("fixedsize"), cs("false"));
        agattr(g, AGNODE, cs("fontname"), cs("Helvetica,Arial,sans-serif"));
        agattr(g, AGNODE, cs("fontsize"), cs("12"));
        agattr(g, AGNODE, cs("margin"), cs("0.15,0.08"));
        style = agattr(g, AGNODE, cs("style"), cs("filled"));
        fill = agattr(g, AGNODE, cs("fillcolor"), cs("#ffffff"));
        tooltip = agattr(g, AGNODE, cs("tooltip"), cs(""));
    } else {
        // The editor draws fixed-size cards; text does not matter to the layout.
        agattr(g, AGNODE, cs("fixedsize"), cs("true"));
    }

    Agsym_t *edgeStyle = nullptr;
    Agsym_t *edgeLabel = nullptr;
    if (render) {
        edgeStyle = agattr(g, AGEDGE, cs("style"), cs("solid"));
        edgeLabel = agattr(g, AGEDGE, cs("label"), cs(""));
        agattr(g, AGEDGE, cs("fontname"), cs("Helvetica,Arial,sans-serif"));
        agattr(g, AGEDGE, cs("fontsize"), cs("10"));
    }

    // Trust zones as clusters: dot draws them as boxes and keeps them apart.
    // sfdp ignores clusters, so they are only built for dot.
    std::unordered_map<int, Agraph_t *> clusters;
    const bool useClusters = dot && request.zoneClusters;

    std::unordered_map<std::string, size_t> index;
    built.nodes.resize(model.components.size(), nullptr);
    for (size_t i = 0; i < model.components.size(); ++i) {
        const Component &c = model.components[i];
        if (index.count(c.id))
            continue; // a duplicate id is a load error; keep the first
        index.emplace(c.id, i);
        Agraph_t *parent = g;
        if (useClusters) {
            const Zone zone = c.effectiveZone();
            auto it = clusters.find(int(zone));
            if (it == clusters.end()) {
                const std::string name = "cluster_" + std::string(toString(zone));
                Agraph_t *sub = agsubg(g, cs(name), 1);
                if (render) {
                    agsafeset(sub, cs("label"), cs(zoneLabel(zone)), cs(""));
                    agsafeset(sub, cs("style"), cs("dashed,rounded"), cs(""));
                    agsafeset(sub, cs("color"), cs("#9aa0a6"), cs(""));
                    agsafeset(sub, cs("fontcolor"), cs("#5f6368"), cs(""));
                }
                it = clusters.emplace(int(zone), sub).first;
            }
            parent = it->second;
        }
        Agnode_t *n = agnode(parent, cs(c.id), 1);
        built.nodes[i] = n;
        if (route) {
            auto it = centres->find(c.id);
            if (it == centres->end()) {
                error = "no position for component \"" + c.id + "\"";
                return false;
            }
            agxset(n, pos, cs(formatRounded(it->second.x, 3) + "," + formatRounded(it->second.y, 3) + "!"));
        }
        if (render) {
            // The same visual vocabulary as the Mermaid overview (vocabulary.cpp).
            const KindInfo &ks = kindInfo(c.kind);
            std::string text = escapeLabelText(c.displayName());
            if (c.technology && !c.technology->empty())
                text += "\\n" + escapeLabelText(*c.technology);
            agxset(n, label, cs(text));
            // Literals, NUL-terminated (vocabulary.cpp asserts it): no copies, whose
            // heap addresses would reorder Graphviz's pointer-keyed subgraphs.
            agxset(n, shape, cs(ks.dotShape.data()));
            agxset(n, style, cs(ks.dotStyle.data()));
            agxset(n, fill, cs(ks.dotFill.data()));
            agxset(n, tooltip, cs(escapeLabelText(std::string(toString(c.kind)) + ": " + c.id)));
        }
    }

    const auto &integrations = model.integrationList();
    built.edges.resize(integrations.size(), nullptr);
    built.ends.resize(integrations.size(), {0, 0});
    for (size_t i = 0; i < integrations.size(); ++i) {
        const Integration &in = integrations[i];
        auto from = index.find(in.from);
        auto to = index.find(in.to);
        if (from == index.end() || to == index.end())
            continue; // dangling reference: the loader reports it, the picture skips it
        Agedge_t *e = agedge(g, built.nodes[from->second], built.nodes[to->second], cs(in.id), 1);
        built.edges[i] = e;
        built.ends[i] = {from->second, to->second};
        if (render && e) {
            agxset(e, edgeStyle, cs(in.isSync() ? "solid" : "dashed"));
            agxset(e, edgeLabel, cs(escapeLabelText(toString(in.pattern))));
        }
    }
    return true;
}

struct Box {
    double x, y; // top-left
};

// Finds free places for cards that collide with pinned (or already placed)
// cards, preferring the nearest free slot on a grid around the wanted spot.
class Placer {
public:
    Placer(double width, double height, double gap)
        : m_w(width)
        , m_h(height)
        , m_gap(gap)
        , m_cellW(width + gap)
        , m_cellH(height + gap)
    {
    }

    bool collides(const Box &b) const
    {
        const long cx = cellX(b.x), cy = cellY(b.y);
        for (long dx = -1; dx <= 1; ++dx)
            for (long dy = -1; dy <= 1; ++dy) {
                auto it = m_cells.find(key(cx + dx, cy + dy));
                if (it == m_cells.end())
                    continue;
                for (size_t i : it->second) {
                    const Box &o = m_boxes[i];
                    if (std::abs(o.x - b.x) < m_w + m_gap && std::abs(o.y - b.y) < m_h + m_gap)
                        return true;
                }
            }
        return false;
    }

    void add(const Box &b)
    {
        m_cells[key(cellX(b.x), cellY(b.y))].push_back(m_boxes.size());
        m_boxes.push_back(b);
    }

    Box nearestFree(const Box &wanted) const
    {
        const double stepX = m_cellW / 2, stepY = m_cellH / 2;
        for (int ring = 1; ring < 100000; ++ring) {
            bool found = false;
            Box best {};
            double bestDistance = 0;
            for (int i = -ring; i <= ring; ++i)
                for (int j = -ring; j <= ring; ++j) {
                    if (std::abs(i) != ring && std::abs(j) != ring)
                        continue; // only the ring's outline; the inside was tried before
                    const Box candidate {wanted.x + i * stepX, wanted.y + j * stepY};
                    const double d = std::hypot(i * stepX, j * stepY);
                    if ((!found || d < bestDistance) && !collides(candidate)) {
                        found = true;
                        best = candidate;
                        bestDistance = d;
                    }
                }
            if (found)
                return best;
        }
        return wanted;
    }

private:
    long cellX(double x) const { return long(std::floor(x / m_cellW)); }
    long cellY(double y) const { return long(std::floor(y / m_cellH)); }
    static long long key(long x, long y) { return (static_cast<long long>(x) << 32) ^ (y & 0xffffffffLL); }

    double m_w, m_h, m_gap, m_cellW, m_cellH;
    std::vector<Box> m_boxes;
    std::unordered_map<long long, std::vector<size_t>> m_cells;
};

// Where the segment from the card's centre towards `target` leaves the card.
LayoutPoint borderPoint(const LayoutPoint &topLeft, double w, double h, const LayoutPoint &target)
{
    const LayoutPoint c {topLeft.x + w / 2, topLeft.y + h / 2};
    const double dx = target.x - c.x, dy = target.y - c.y;
    if (dx == 0 && dy == 0)
        return c;
    const double sx = dx != 0 ? (w / 2) / std::abs(dx) : 1e300;
    const double sy = dy != 0 ? (h / 2) / std::abs(dy) : 1e300;
    const double s = std::min({sx, sy, 1.0});
    return {c.x + dx * s, c.y + dy * s};
}

std::vector<LayoutPoint> straightBezier(const LayoutPoint &a, const LayoutPoint &b)
{
    return {a,
            {a.x + (b.x - a.x) / 3, a.y + (b.y - a.y) / 3},
            {a.x + 2 * (b.x - a.x) / 3, a.y + 2 * (b.y - a.y) / 3},
            b};
}

std::vector<LayoutPoint> straightRoute(const LayoutPoint &from, const LayoutPoint &to, double w, double h)
{
    const LayoutPoint fromCentre {from.x + w / 2, from.y + h / 2};
    const LayoutPoint toCentre {to.x + w / 2, to.y + h / 2};
    if (from == to) {
        // A self-call: a small loop on the right-hand side of the card.
        const LayoutPoint a {from.x + w, from.y + h * 0.3}, b {from.x + w, from.y + h * 0.7};
        return {a, {a.x + 40, a.y - 20}, {b.x + 40, b.y + 20}, b};
    }
    return straightBezier(borderPoint(from, w, h, toCentre), borderPoint(to, w, h, fromCentre));
}

// Graphviz's splines of one edge as one Bézier chain (graphlayout.h, EdgeRoute),
// through `convert` into our coordinates; empty when it is not a usable chain.
template <typename Convert> std::vector<LayoutPoint> chainFromSplines(const splines *spl, Convert convert)
{
    std::vector<LayoutPoint> points;
    for (int b = 0; b < spl->size; ++b) {
        const bezier &bz = spl->list[b];
        if (bz.size < 1)
            continue;
        std::vector<LayoutPoint> chain;
        if (bz.sflag) { // arrow at the start: reach the card border
            auto seg = straightBezier(convert(bz.sp), convert(bz.list[0]));
            chain.insert(chain.end(), seg.begin(), seg.end() - 1);
        }
        for (int k = 0; k < bz.size; ++k)
            chain.push_back(convert(bz.list[k]));
        if (bz.eflag) { // the Bézier stops where the arrow head starts
            auto seg = straightBezier(chain.back(), convert(bz.ep));
            chain.insert(chain.end(), seg.begin() + 1, seg.end());
        }
        if (!points.empty()) // several pieces (rare): join them with a straight hop
        {
            auto seg = straightBezier(points.back(), chain.front());
            points.insert(points.end(), seg.begin() + 1, seg.end() - 1);
        }
        points.insert(points.end(), chain.begin(), chain.end());
    }
    if (points.size() < 4 || (points.size() - 1) % 3 != 0)
        points.clear();
    return points;
}

} // namespace

std::string_view layoutEngineName(LayoutEngine engine)
{
    switch (engine) {
    case LayoutEngine::Auto:
        return "auto";
    case LayoutEngine::Dot:
        return "dot";
    case LayoutEngine::Sfdp:
        return "sfdp";
    }
    return "auto";
}

const LayoutPoint *LayoutResult::positionOf(std::string_view id) const
{
    for (const auto &[name, point] : positions)
        if (name == id)
            return &point;
    return nullptr;
}

struct GraphvizContext::Impl {
    GVC_t *gvc = nullptr;
    std::string error;
    std::vector<std::string> devices; // output formats with a render plugin
};

GraphvizContext::GraphvizContext()
    : m_impl(std::make_unique<Impl>())
{
    std::lock_guard lock(graphvizMutex());
    MessageCapture capture;
    // gvContext() reads the installed plugin configuration (config6a written by
    // `dot -c` at package install), which is how Debian ships the plugins.
    m_impl->gvc = gvContext();
    if (!m_impl->gvc) {
        m_impl->error = capture.take("Graphviz could not be initialised");
        return;
    }
    // Asked once: the list does not change, and Graphviz 2.42's gvPluginList
    // leaks the names it drops as duplicates (tests/sanitizers/lsan.supp).
    int count = 0;
    char **list = gvPluginList(m_impl->gvc, "device", &count, nullptr);
    for (int i = 0; i < count; ++i) {
        if (list[i])
            m_impl->devices.emplace_back(list[i]);
        std::free(list[i]);
    }
    std::free(list);
}

GraphvizContext &GraphvizContext::process()
{
    static GraphvizContext context;
    return context;
}

GraphvizContext::~GraphvizContext()
{
    if (m_impl->gvc) {
        std::lock_guard lock(graphvizMutex());
        gvFreeContext(m_impl->gvc);
    }
}

bool GraphvizContext::ok() const
{
    return m_impl->gvc != nullptr;
}
const std::string &GraphvizContext::error() const
{
    return m_impl->error;
}
GVC_s *GraphvizContext::raw() const
{
    return m_impl->gvc;
}

bool GraphvizContext::hasFormat(std::string_view format) const
{
    return std::find(m_impl->devices.begin(), m_impl->devices.end(), format) != m_impl->devices.end();
}

LayoutEngine resolveEngine(const Model &model, LayoutEngine requested)
{
    if (requested != LayoutEngine::Auto)
        return requested;
    const bool small
        = model.components.size() < kSfdpThreshold && model.integrationList().size() <= kDotIntegrationLimit;
    return small ? LayoutEngine::Dot : LayoutEngine::Sfdp;
}

// Why Graphviz cannot place cards of this size, or "" when it can.
static std::string whyNoLayout(const GraphvizContext &context, double cardWidth, double cardHeight)
{
    if (!context.ok())
        return context.error().empty() ? "Graphviz is not available" : context.error();
    if (!(cardWidth > 0) || !(cardHeight > 0))
        return "card size must be positive";
    return {};
}

LayoutResult computeLayout(const Model &model, const LayoutRequest &request)
{
    const GraphvizContext &context = GraphvizContext::process();
    LayoutResult result;
    result.engine = resolveEngine(model, request.engine);
    result.error = whyNoLayout(context, request.nodeWidth, request.nodeHeight);
    if (!result.ok())
        return result;
    const double w = request.nodeWidth, h = request.nodeHeight;
    const size_t count = model.components.size();
    std::vector<LayoutPoint> topLeft(count);
    std::vector<bool> moved(count, false);
    std::vector<std::vector<LayoutPoint>> routes(model.integrationList().size());
    std::vector<std::pair<size_t, size_t>> ends;
    std::vector<bool> hasEdge;

    if (count > 0) {
        std::lock_guard lock(graphvizMutex());
        MessageCapture capture;
        GVC_t *gvc = context.impl()->gvc;
        BuiltGraph built;
        if (!buildGraph(built, model, GraphPurpose::Layout, result.engine, request, result.error))
            return result;
        const char *engine = result.engine == LayoutEngine::Dot ? "dot" : "sfdp";
        if (gvLayout(gvc, built.graph, engine) != 0) {
            result.error = capture.take("Graphviz layout (" + std::string(engine) + ") failed");
            return result;
        }
        const boxf bb = GD_bb(built.graph);
        // Graphviz: points, y up, origin bottom-left of the bounding box.
        auto convert = [&](pointf p) { return LayoutPoint {p.x - bb.LL.x, bb.UR.y - p.y}; };
        for (size_t i = 0; i < count; ++i) {
            Agnode_t *n = built.nodes[i];
            if (!n) { // duplicate id: share the first one's place
                const Component *first = model.findComponent(model.components[i].id);
                topLeft[i] = topLeft[size_t(first - model.components.data())];
                continue;
            }
            const LayoutPoint centre = convert(ND_coord(n));
            topLeft[i] = {centre.x - w / 2, centre.y - h / 2};
        }
        ends = built.ends;
        hasEdge.resize(built.edges.size());
        for (size_t i = 0; i < built.edges.size(); ++i) {
            Agedge_t *e = built.edges[i];
            hasEdge[i] = e != nullptr;
            if (!e || !ED_spl(e))
                continue;
            routes[i] = chainFromSplines(ED_spl(e), convert);
        }
        gvFreeLayout(gvc, built.graph);
    }

    // Pins: move the automatic layout so that it lands where the pinned cards
    // are on average, put pinned cards exactly in place, then move any other
    // card that collides with one to the nearest free slot (its edges become
    // straight lines: Graphviz routed them around the old place).
    std::unordered_map<std::string, LayoutPoint> pins;
    for (const PinnedPosition &p : request.pinned)
        pins[p.id] = p.topLeft;
    std::vector<bool> pinned(count, false);
    std::vector<LayoutPoint> shifted; // Graphviz's places moved onto the pins, before pinning
    if (!pins.empty()) {
        double sx = 0, sy = 0;
        int n = 0;
        for (size_t i = 0; i < count; ++i) {
            auto it = pins.find(model.components[i].id);
            if (it == pins.end())
                continue;
            pinned[i] = true;
            sx += it->second.x - topLeft[i].x;
            sy += it->second.y - topLeft[i].y;
            ++n;
        }
        if (n > 0) {
            const double dx = std::round(sx / n), dy = std::round(sy / n);
            for (auto &p : topLeft)
                p = {p.x + dx, p.y + dy};
            for (auto &route : routes)
                for (auto &p : route)
                    p = {p.x + dx, p.y + dy};
            shifted = topLeft;
            for (size_t i = 0; i < count; ++i)
                if (pinned[i]) {
                    const LayoutPoint target = pins[model.components[i].id];
                    moved[i] = target != topLeft[i];
                    topLeft[i] = target;
                }
        }
    }
    if (request.placeAroundPins && !shifted.empty()) {
        // Only the unpinned cards move, each to where Graphviz put it relative to
        // the already placed cards it connects to (the mean over those neighbours of
        // neighbour's place + offset in Graphviz's layout), so a new database lands
        // beside its service however the user arranged the rest. Cards reached only
        // through other new cards follow in later rounds; cards connected to nothing
        // placed keep the shifted Graphviz place computed above. Collisions are
        // resolved by the placer below.
        const std::vector<LayoutPoint> &raw = shifted;
        std::vector<std::vector<size_t>> neighbours(count);
        for (size_t i = 0; i < ends.size() && i < hasEdge.size(); ++i)
            if (hasEdge[i] && ends[i].first != ends[i].second) {
                neighbours[ends[i].first].push_back(ends[i].second);
                neighbours[ends[i].second].push_back(ends[i].first);
            }
        std::vector<bool> placed = pinned;
        for (bool progress = true; progress;) {
            progress = false;
            std::vector<std::pair<size_t, LayoutPoint>> round;
            for (size_t i = 0; i < count; ++i) {
                if (placed[i])
                    continue;
                double sx = 0, sy = 0;
                int n = 0;
                for (size_t nb : neighbours[i])
                    if (placed[nb]) {
                        sx += topLeft[nb].x + raw[i].x - raw[nb].x;
                        sy += topLeft[nb].y + raw[i].y - raw[nb].y;
                        ++n;
                    }
                if (n > 0)
                    round.emplace_back(i, LayoutPoint {std::round(sx / n), std::round(sy / n)});
            }
            for (const auto &[i, p] : round) {
                topLeft[i] = p;
                placed[i] = true;
                moved[i] = true;
                progress = true;
            }
        }
    }
    // Also a safety net for sfdp, whose overlap removal is not exact. The gap
    // is below Graphviz's own node separation, so cards it placed stay put.
    Placer placer(w, h, 8);
    for (size_t i = 0; i < count; ++i)
        if (pinned[i])
            placer.add({topLeft[i].x, topLeft[i].y});
    for (size_t i = 0; i < count; ++i) {
        if (pinned[i])
            continue;
        Box b {topLeft[i].x, topLeft[i].y};
        if (placer.collides(b)) {
            b = placer.nearestFree(b);
            topLeft[i] = {b.x, b.y};
            moved[i] = true;
        }
        placer.add(b);
    }

    result.positions.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        result.positions.emplace_back(model.components[i].id, topLeft[i]);
        result.width = std::max(result.width, topLeft[i].x + w);
        result.height = std::max(result.height, topLeft[i].y + h);
    }
    const auto &integrations = model.integrationList();
    for (size_t i = 0; i < routes.size() && i < hasEdge.size(); ++i) {
        if (!hasEdge[i])
            continue;
        const auto [from, to] = ends[i];
        std::vector<LayoutPoint> points = std::move(routes[i]);
        if (points.empty() || moved[from] || moved[to])
            points = straightRoute(topLeft[from], topLeft[to], w, h);
        result.edges.push_back({integrations[i].id, std::move(points)});
    }
    return result;
}

LayoutResult computeRoutes(const Model &model, const RouteRequest &request)
{
    const GraphvizContext &context = GraphvizContext::process();
    LayoutResult result;
    result.error = whyNoLayout(context, request.nodeWidth, request.nodeHeight);
    if (!result.ok())
        return result;
    const double w = request.nodeWidth, h = request.nodeHeight;
    // Graphviz measures y upwards: a card at y (down) has its centre at -(y + h/2).
    CentreMap centres;
    std::unordered_map<std::string, LayoutPoint> topLeft;
    for (const PinnedPosition &p : request.positions) {
        centres[p.id] = {p.topLeft.x + w / 2, -(p.topLeft.y + h / 2)};
        topLeft[p.id] = p.topLeft;
    }
    const auto &integrations = model.integrationList();
    std::vector<std::vector<LayoutPoint>> routes(integrations.size());
    std::vector<bool> hasEdge(integrations.size(), false);
    if (!model.components.empty()) {
        std::lock_guard lock(graphvizMutex());
        MessageCapture capture;
        GVC_t *gvc = context.impl()->gvc;
        BuiltGraph built;
        LayoutRequest sizes;
        sizes.nodeWidth = w;
        sizes.nodeHeight = h;
        if (!buildGraph(built, model, GraphPurpose::Route, LayoutEngine::Auto, sizes, result.error, &centres))
            return result;
        if (gvLayout(gvc, built.graph, "nop2") != 0) {
            result.error = capture.take("Graphviz routing (neato -n2) failed");
            return result;
        }
        auto convert = [](pointf p) { return LayoutPoint {p.x, -p.y}; };
        for (size_t i = 0; i < built.edges.size(); ++i) {
            Agedge_t *e = built.edges[i];
            hasEdge[i] = e != nullptr;
            if (e && ED_spl(e))
                routes[i] = chainFromSplines(ED_spl(e), convert);
        }
        gvFreeLayout(gvc, built.graph);
    }
    result.positions.reserve(model.components.size());
    for (const Component &c : model.components) {
        auto it = topLeft.find(c.id);
        const LayoutPoint p = it->second; // buildGraph failed above if one was missing
        result.positions.emplace_back(c.id, p);
        result.width = std::max(result.width, p.x + w);
        result.height = std::max(result.height, p.y + h);
    }
    for (size_t i = 0; i < integrations.size(); ++i) {
        if (!hasEdge[i])
            continue;
        std::vector<LayoutPoint> points = std::move(routes[i]);
        if (points.empty())
            points = straightRoute(topLeft[integrations[i].from], topLeft[integrations[i].to], w, h);
        result.edges.push_back({integrations[i].id, std::move(points)});
    }
    return result;
}

std::string modelToDot(const Model &model, std::string &error)
{
    std::lock_guard lock(graphvizMutex());
    MessageCapture capture;
    BuiltGraph built;
    LayoutRequest request;
    if (!buildGraph(built, model, GraphPurpose::Render, resolveEngine(model, LayoutEngine::Auto), request, error))
        return {};
    char *buffer = nullptr;
    size_t size = 0;
    FILE *stream = open_memstream(&buffer, &size);
    if (!stream) {
        error = "out of memory writing DOT";
        return {};
    }
    const int rc = agwrite(built.graph, stream);
    std::fclose(stream);
    std::string text = buffer ? std::string(buffer, size) : std::string();
    std::free(buffer);
    if (rc != 0) {
        error = capture.take("Graphviz could not write DOT");
        return {};
    }
    return text;
}

std::string renderGraph(const Model &model, std::string_view format, std::string &error)
{
    error.clear();
    if (format == "dot")
        return modelToDot(model, error);
    const GraphvizContext &context = GraphvizContext::process();
    if (!context.ok()) {
        error = context.error().empty() ? "Graphviz is not available" : context.error();
        return {};
    }
    if (!context.hasFormat(format)) {
        error = "Graphviz has no renderer for \"" + std::string(format)
            + "\" (is its plugin installed? Debian: libgvc6 provides png via cairo)";
        return {};
    }
    std::lock_guard lock(graphvizMutex());
    MessageCapture capture;
    GVC_t *gvc = context.impl()->gvc;
    BuiltGraph built;
    const LayoutEngine engine = resolveEngine(model, LayoutEngine::Auto);
    if (!buildGraph(built, model, GraphPurpose::Render, engine, LayoutRequest {}, error))
        return {};
    const char *engineName = engine == LayoutEngine::Dot ? "dot" : "sfdp";
    if (gvLayout(gvc, built.graph, engineName) != 0) {
        error = capture.take("Graphviz layout (" + std::string(engineName) + ") failed");
        return {};
    }
    char *data = nullptr;
    unsigned int length = 0;
    const std::string formatName(format);
    const int rc = gvRenderData(gvc, built.graph, formatName.c_str(), &data, &length);
    std::string bytes;
    if (rc == 0 && data)
        bytes.assign(data, length);
    if (data)
        gvFreeRenderData(data);
    gvFreeLayout(gvc, built.graph);
    if (rc != 0 || bytes.empty()) {
        error = capture.take("Graphviz could not render " + formatName);
        return {};
    }
    return bytes;
}

} // namespace seam
