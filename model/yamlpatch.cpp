#include "yamlpatch.h"

#include "modelwriter.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace seam {

namespace {

struct Edit {
    size_t begin;
    size_t end;
    std::string text;
};

constexpr size_t kMaxLine = 160;

std::string spaces(size_t n)
{
    return std::string(n, ' ');
}

bool isScalarLike(const SourceNode &node)
{
    return node.isScalar() || node.isNull();
}

// Same meaning for the loader: 99.90 and 99.9, True and true, ~ and null.
bool equivalent(const SourceNode &a, const SourceNode &b)
{
    if (isScalarLike(a) && isScalarLike(b)) {
        if (a.isString() || b.isString())
            return a.isString() && b.isString() && a.text() == b.text();
        if (a.isPlainNullText() || b.isPlainNullText())
            return a.isPlainNullText() && b.isPlainNullText();
        bool x = false, y = false;
        if (a.toBool(x) || b.toBool(y))
            return a.toBool(x) && b.toBool(y) && x == y;
        long long i = 0, j = 0;
        if (a.toInt(i) && b.toInt(j))
            return i == j;
        unsigned long long k = 0, l = 0;
        if (a.toUnsigned(k) && b.toUnsigned(l))
            return k == l;
        double u = 0, v = 0;
        return a.toDouble(u) && b.toDouble(v) && u == v;
    }
    if (a.type() != b.type() || a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if ((a.isMap() && a.keyAt(i) != b.keyAt(i)) || !equivalent(a.items()[i], b.items()[i]))
            return false;
    return true;
}

// A string YAML reads back as the same string without quotes, in block or flow context.
bool plainSafe(const std::string &s, bool inFlow)
{
    if (s.empty() || resolvePlainScalar(s) != PlainScalarKind::String || looksTypedInYaml11(s) || s.front() == ' '
        || s.back() == ' ' || s.back() == ':')
        return false;
    if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(s.front()) != std::string_view::npos)
        return false;
    for (unsigned char c : s)
        if (c < 0x20 || c == 0x7f)
            return false;
    if (s.find(": ") != std::string::npos || s.find(" #") != std::string::npos)
        return false;
    return !inFlow || s.find_first_of(",[]{}:") == std::string::npos;
}

std::string doubleQuoted(const std::string &s)
{
    static const char *hex = "0123456789abcdef";
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                out += "\\x";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out + "\"";
}

std::string singleQuoted(const std::string &s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

bool multiLine(const SourceNode &node)
{
    return node.isScalar() && node.text().find('\n') != std::string::npos;
}

// style: 0 plain, '\'' or '"': how the value being replaced was quoted.
std::string renderScalar(const SourceNode &node, bool inFlow, char style = 0)
{
    if (node.isNull())
        return "null";
    const std::string &s = node.text();
    if (!node.quoted())
        return s;
    bool printable = true;
    for (unsigned char c : s)
        printable = printable && c >= 0x20 && c != 0x7f;
    if (style == '\'' && printable)
        return singleQuoted(s);
    if (style == '"' || !plainSafe(s, inFlow))
        return doubleQuoted(s);
    return s;
}

std::string renderKey(const std::string &key)
{
    return renderScalar(SourceNode::scalar(key, true), false);
}

struct FlowSpacing {
    bool map = false; // `{ a: b }` rather than `{a: b}`
    bool seq = false; // `[ a ]` rather than `[a]`
};

std::string renderFlow(const SourceNode &node, FlowSpacing spacing)
{
    if (isScalarLike(node))
        return renderScalar(node, true);
    if (node.size() == 0)
        return node.isMap() ? "{}" : "[]";
    const bool spaced = node.isMap() ? spacing.map : spacing.seq;
    std::string out = node.isMap() ? "{" : "[";
    if (spaced)
        out += ' ';
    for (size_t i = 0; i < node.size(); ++i) {
        if (i > 0)
            out += ", ";
        if (node.isMap())
            out += renderKey(node.keyAt(i)) + ": ";
        out += renderFlow(node.items()[i], spacing);
    }
    if (spaced)
        out += ' ';
    return out + (node.isMap() ? "}" : "]");
}

class YamlPatcher {
public:
    explicit YamlPatcher(const std::string &text)
        : m_text(text)
    {
    }

    bool patch(const SourceNode &original, const SourceNode &updated)
    {
        detectSpacing(original);
        return original.isMap() && !original.flowStyle() && diff(original, updated, false);
    }

    std::optional<std::string> result()
    {
        std::stable_sort(m_edits.begin(), m_edits.end(), [](const Edit &a, const Edit &b) {
            return a.begin < b.begin || (a.begin == b.begin && a.end < b.end);
        });
        std::string out;
        size_t at = 0;
        for (const Edit &edit : m_edits) {
            if (edit.begin < at || edit.end > m_text.size())
                return std::nullopt; // overlapping edits: not a patch we can trust
            out.append(m_text, at, edit.begin - at);
            out += m_crlf ? withCrlf(edit.text) : edit.text;
            at = edit.end;
        }
        out.append(m_text, at, std::string::npos);
        return out;
    }

private:
    // --- positions in the original text --------------------------------------------------

    size_t lineStart(size_t pos) const
    {
        const size_t nl = pos == 0 ? std::string::npos : m_text.rfind('\n', pos - 1);
        return nl == std::string::npos ? 0 : nl + 1;
    }
    // Just past the newline that ends the line holding pos-1 (pos itself when it starts a line).
    size_t nextLine(size_t pos) const
    {
        if (pos > 0 && m_text[pos - 1] == '\n')
            return pos;
        const size_t nl = m_text.find('\n', pos);
        return nl == std::string::npos ? m_text.size() : nl + 1;
    }
    size_t column(size_t pos) const { return pos - lineStart(pos); }
    bool startsLine(size_t pos) const
    {
        for (size_t i = lineStart(pos); i < pos; ++i)
            if (m_text[i] != ' ')
                return false;
        return true;
    }
    bool blankLineBefore(size_t pos) const
    {
        const size_t start = lineStart(pos);
        if (start == 0)
            return false;
        const size_t previous = lineStart(start - 1);
        return m_text.find_first_not_of(" \r", previous) >= start - 1;
    }

    char quoteOf(const SourceNode &scalar) const
    {
        const Span &s = scalar.span();
        if (!s.valid() || s.begin == 0 || s.end >= m_text.size())
            return 0;
        const char q = m_text[s.begin - 1];
        return (q == '"' || q == '\'') && m_text[s.end] == q ? q : 0;
    }
    bool isAlias(const SourceNode &node) const
    {
        return node.span().valid() && node.span().begin > 0 && m_text[node.span().begin - 1] == '*';
    }
    // A string without quote characters around it: a literal or folded block (or a tagged
    // scalar). Rewritten whole by its parent rather than in place.
    bool isBlockScalar(const SourceNode &node) const
    {
        return node.isScalar() && node.quoted() && quoteOf(node) == 0 && node.span().valid();
    }

    // Where the text of a node starts (quotes included); npos for a null written as nothing.
    size_t startOf(const SourceNode &node) const
    {
        if (!node.span().valid())
            return Span::npos;
        if (isAlias(node))
            return node.span().begin - 1;
        return node.span().begin - (quoteOf(node) ? 1 : 0);
    }
    // Where the last character of a node's own text ends (quotes included, trailing blank lines not).
    size_t endOf(const SourceNode &node) const
    {
        if ((node.isMap() || node.isSequence()) && !node.flowStyle()) {
            if (node.size() == 0)
                return Span::npos;
            const SourceNode &last = node.items().back();
            const size_t end = endOf(last);
            return end != Span::npos || !node.isMap() ? end : afterColon(node.keyNodeAt(node.size() - 1));
        }
        if (!node.span().valid())
            return Span::npos;
        if (isBlockScalar(node)) {
            size_t end = node.span().end;
            while (end > node.span().begin && std::isspace(static_cast<unsigned char>(m_text[end - 1])))
                --end;
            return end;
        }
        return node.span().end + (quoteOf(node) ? 1 : 0);
    }
    size_t afterColon(const SourceNode &key) const
    {
        size_t pos = endOf(key);
        if (pos == Span::npos)
            return pos;
        while (pos < m_text.size() && m_text[pos] == ' ')
            ++pos;
        return pos < m_text.size() && m_text[pos] == ':' ? pos + 1 : Span::npos;
    }
    size_t entryEnd(const SourceNode &map, size_t i) const
    {
        const size_t end = endOf(map.items()[i]);
        return end != Span::npos ? end : afterColon(map.keyNodeAt(i));
    }
    // The `-` of a block list item, or npos when it is not first on its line.
    size_t dashOf(const SourceNode &item) const
    {
        const size_t start = startOf(item);
        if (start == Span::npos || start == 0)
            return Span::npos;
        size_t p = start - 1;
        while (p > 0 && m_text[p] == ' ')
            --p;
        return m_text[p] == '-' && startsLine(p) ? p : Span::npos;
    }

    // --- rendering new text ----------------------------------------------------------------

    bool wantsFlow(const SourceNode &node, size_t indent) const
    {
        return fitsYamlFlow(node) && indent + renderFlow(node, m_spacing).size() <= kMaxLine;
    }

    // A string with newlines as a literal block at `indent`; keeps exact trailing newlines or gives up.
    static std::optional<std::string> literal(const std::string &s, size_t indent)
    {
        size_t trailing = 0;
        while (trailing < s.size() && s[s.size() - 1 - trailing] == '\n')
            ++trailing;
        if (trailing > 1 || s.front() == ' ' || s.find('\r') != std::string::npos || s.find('\t') != std::string::npos)
            return std::nullopt;
        std::string out = trailing ? "|" : "|-";
        const std::string body = s.substr(0, s.size() - trailing);
        size_t from = 0;
        while (from <= body.size()) {
            size_t nl = body.find('\n', from);
            if (nl == std::string::npos)
                nl = body.size();
            const std::string line = body.substr(from, nl - from);
            out += "\n" + (line.empty() ? std::string() : spaces(indent) + line);
            from = nl + 1;
        }
        return out;
    }

    // What follows `key:` for a value whose key sits at column `indent`.
    std::string afterKey(const SourceNode &value, size_t indent, bool topLevel) const
    {
        if (multiLine(value))
            if (auto block = literal(value.text(), indent + 2))
                return " " + *block;
        if (isScalarLike(value))
            return " " + renderScalar(value, false);
        if (value.size() == 0 || (!topLevel && wantsFlow(value, indent)))
            return " " + renderFlow(value, m_spacing);
        return "\n" + block(value, indent + 2, false);
    }

    std::string entry(const std::string &key, const SourceNode &value, size_t indent, bool topLevel = false) const
    {
        return renderKey(key) + ":" + afterKey(value, indent, topLevel);
    }

    // A block map or list, each line indented to `indent`.
    std::string block(const SourceNode &node, size_t indent, bool itemsBlock) const
    {
        std::string out;
        for (size_t i = 0; i < node.size(); ++i) {
            if (i > 0)
                out += "\n";
            out += spaces(indent);
            if (node.isMap())
                out += entry(node.keyAt(i), node.items()[i], indent);
            else
                out += "- " + item(node.items()[i], indent + 2, itemsBlock);
        }
        return out;
    }

    // The text after `- ` of a list item whose content starts at column `indent`.
    std::string item(const SourceNode &value, size_t indent, bool forceBlock) const
    {
        if (multiLine(value))
            if (auto block = literal(value.text(), indent))
                return *block;
        if (isScalarLike(value))
            return renderScalar(value, false);
        if (value.size() == 0 || (!forceBlock && wantsFlow(value, indent)))
            return renderFlow(value, m_spacing);
        const std::string lines = block(value, indent, false);
        return lines.substr(indent); // the first line continues after the dash
    }

    // --- diffing -----------------------------------------------------------------------------

    bool diff(const SourceNode &o, const SourceNode &n, bool inFlow)
    {
        if (equivalent(o, n))
            return true;
        if (isAlias(o))
            return false;
        if (isScalarLike(o) && isScalarLike(n))
            return replaceScalar(o, n, inFlow);
        if (o.type() != n.type())
            return false;
        if (o.flowStyle())
            return diffFlow(o, n);
        return o.isMap() ? diffBlockMap(o, n) : diffBlockList(o, n);
    }

    bool replaceScalar(const SourceNode &o, const SourceNode &n, bool inFlow)
    {
        if (!o.span().valid() || isBlockScalar(o) || multiLine(n))
            return false;
        m_edits.push_back({startOf(o), endOf(o), renderScalar(n, inFlow, quoteOf(o))});
        return true;
    }

    // A flow collection is one unit on the page: values change in place, anything
    // structural rewrites the collection (usually one line) in its own spacing.
    bool diffFlow(const SourceNode &o, const SourceNode &n)
    {
        bool sameShape = o.size() == n.size();
        for (size_t i = 0; sameShape && o.isMap() && i < o.size(); ++i)
            sameShape = o.keyAt(i) == n.keyAt(i);
        const size_t mark = m_edits.size();
        if (sameShape) {
            bool ok = true;
            for (size_t i = 0; ok && i < o.size(); ++i)
                ok = diff(o.items()[i], n.items()[i], true);
            if (ok)
                return true;
            m_edits.resize(mark);
        }
        if (!o.span().valid() || o.size() == 0)
            return false; // `[]` / `{}` growing into a block list is the parent's job
        const FlowSpacing own {o.isMap() ? m_text[o.span().begin + 1] == ' ' : m_spacing.map,
                               o.isSequence() ? m_text[o.span().begin + 1] == ' ' : m_spacing.seq};
        m_edits.push_back({o.span().begin, o.span().end, renderFlow(n, own)});
        return true;
    }

    bool diffBlockMap(const SourceNode &o, const SourceNode &n)
    {
        if (n.size() == 0)
            return false;
        std::unordered_map<std::string, size_t> inOld, inNew;
        for (size_t i = 0; i < o.size(); ++i)
            inOld[o.keyAt(i)] = i;
        for (size_t j = 0; j < n.size(); ++j)
            inNew[n.keyAt(j)] = j;
        // partner[i]: the new entry old entry i became (same key, or renamed in place).
        std::vector<size_t> partner(o.size(), Span::npos), source(n.size(), Span::npos);
        for (size_t i = 0; i < o.size(); ++i)
            if (auto it = inNew.find(o.keyAt(i)); it != inNew.end())
                partner[i] = it->second, source[it->second] = i;
        pairRenames(partner, source);
        const bool topLevel = &o == m_root;
        for (size_t i = 0; i < o.size(); ++i) {
            if (partner[i] == Span::npos) {
                if (!removeEntry(o, i))
                    return false;
                continue;
            }
            const size_t j = partner[i];
            const size_t mark = m_edits.size();
            if (diff(o.items()[i], n.items()[j], false)) {
                if (o.keyAt(i) != n.keyAt(j))
                    m_edits.push_back({startOf(o.keyNodeAt(i)), endOf(o.keyNodeAt(i)), renderKey(n.keyAt(j))});
                continue;
            }
            m_edits.resize(mark);
            const size_t begin = startOf(o.keyNodeAt(i)), end = entryEnd(o, i);
            if (begin == Span::npos || end == Span::npos)
                return false;
            m_edits.push_back({begin, end, entry(n.keyAt(j), n.items()[j], column(begin), topLevel)});
        }
        const size_t indent = column(startOf(o.keyNodeAt(0)));
        for (size_t j = 0; j < n.size(); ++j) {
            if (source[j] != Span::npos)
                continue;
            const size_t after = keptBefore(source, j);
            const std::string text = entry(n.keyAt(j), n.items()[j], indent, topLevel);
            if (after == Span::npos) {
                m_edits.push_back({startOf(o.keyNodeAt(0)), startOf(o.keyNodeAt(0)), text + "\n" + spaces(indent)});
                continue;
            }
            const size_t end = entryEnd(o, after);
            if (end == Span::npos)
                return false;
            const bool gap = topLevel && blankLineBefore(startOf(o.keyNodeAt(after)));
            m_edits.push_back({nextLine(end), nextLine(end), (gap ? "\n" : "") + spaces(indent) + text + "\n"});
        }
        return true;
    }

    // The old element the nearest kept one before new element j came from: a new one goes after it.
    static size_t keptBefore(const std::vector<size_t> &source, size_t j)
    {
        for (size_t k = j; k-- > 0;)
            if (source[k] != Span::npos)
                return source[k];
        return Span::npos;
    }

    // Old and new elements left without a partner at the same index were renamed.
    static void pairRenames(std::vector<size_t> &partner, std::vector<size_t> &source)
    {
        if (partner.size() != source.size())
            return;
        for (size_t i = 0; i < partner.size(); ++i)
            if ((partner[i] == Span::npos) != (source[i] == Span::npos))
                return;
        for (size_t i = 0; i < partner.size(); ++i)
            if (partner[i] == Span::npos)
                partner[i] = i, source[i] = i;
    }

    bool removeEntry(const SourceNode &map, size_t i)
    {
        const size_t begin = startOf(map.keyNodeAt(i)), end = entryEnd(map, i);
        if (begin == Span::npos || end == Span::npos)
            return false;
        if (startsLine(begin)) {
            removeLines(lineStart(begin), nextLine(end));
            return true;
        }
        if (i + 1 >= map.size())
            return false; // the only entry after a `- `: the parent rewrites the item
        m_edits.push_back({begin, startOf(map.keyNodeAt(i + 1)), {}});
        return true;
    }

    // Whole lines; a blank line on both sides would be left doubled, so one of them goes too.
    void removeLines(size_t begin, size_t end)
    {
        const bool blankAfter = end >= m_text.size() || m_text.find_first_not_of(" \r", end) == m_text.find('\n', end);
        if (blankAfter && blankLineBefore(begin))
            begin = lineStart(begin - 1);
        m_edits.push_back({begin, end, {}});
    }

    // What names an element: its `id`, `name` or `rule` field, or for a list of
    // strings the string itself (kSelf); the first that is there and distinct in both lists.
    static constexpr const char *kSelf = "";
    static const SourceNode *nameOf(const SourceNode &element, const std::string &field)
    {
        if (field == kSelf)
            return element.isScalar() ? &element : nullptr;
        const SourceNode *value = element.isMap() ? element.find(field) : nullptr;
        return value && value->isScalar() ? value : nullptr;
    }
    static std::optional<std::string> identityOf(const SourceNode &a, const SourceNode &b)
    {
        for (const char *field : {"id", "name", "rule", kSelf}) {
            std::unordered_map<std::string, int> seenA, seenB;
            bool ok = true;
            for (const SourceNode *list : {&a, &b})
                for (const SourceNode &element : list->items()) {
                    const SourceNode *value = nameOf(element, field);
                    ok = ok && value && ++(list == &a ? seenA : seenB)[value->text()] == 1;
                }
            if (ok)
                return std::string(field);
        }
        return std::nullopt;
    }

    bool diffBlockList(const SourceNode &o, const SourceNode &n)
    {
        if (n.size() == 0)
            return false;
        std::vector<size_t> partner(o.size(), Span::npos), source(n.size(), Span::npos);
        if (const std::optional<std::string> field = identityOf(o, n)) {
            std::unordered_map<std::string, size_t> inNew;
            for (size_t j = 0; j < n.size(); ++j)
                inNew[nameOf(n.items()[j], *field)->text()] = j;
            for (size_t i = 0; i < o.size(); ++i)
                if (auto it = inNew.find(nameOf(o.items()[i], *field)->text()); it != inNew.end())
                    partner[i] = it->second, source[it->second] = i;
            pairRenames(partner, source);
        } else {
            for (size_t i = 0; i < std::min(o.size(), n.size()); ++i)
                partner[i] = i, source[i] = i;
        }
        size_t last = 0;
        for (size_t i = 0; i < o.size(); ++i)
            if (partner[i] != Span::npos) {
                if (partner[i] < last)
                    return false; // reordered: the parent rewrites the list
                last = partner[i];
            }
        const size_t firstDash = dashOf(o.items()[0]);
        if (firstDash == Span::npos)
            return false;
        const size_t indent = column(firstDash);
        for (size_t i = 0; i < o.size(); ++i) {
            const SourceNode &old = o.items()[i];
            const size_t dash = dashOf(old), end = endOf(old);
            if (dash == Span::npos || end == Span::npos)
                return false;
            if (partner[i] == Span::npos) {
                removeLines(lineStart(dash), nextLine(end));
                continue;
            }
            const size_t mark = m_edits.size();
            if (diff(old, n.items()[partner[i]], false))
                continue;
            m_edits.resize(mark);
            m_edits.push_back(
                {startOf(old), end, item(n.items()[partner[i]], column(startOf(old)), isBlockElement(old))});
        }
        for (size_t j = 0; j < n.size(); ++j) {
            if (source[j] != Span::npos)
                continue;
            const size_t after = keptBefore(source, j);
            const SourceNode &neighbour = o.items()[after == Span::npos ? 0 : after];
            const std::string text
                = spaces(indent) + "- " + item(n.items()[j], indent + 2, isBlockElement(neighbour)) + "\n";
            const size_t at = after == Span::npos ? lineStart(firstDash) : nextLine(endOf(o.items()[after]));
            m_edits.push_back({at, at, text});
        }
        return true;
    }

    static bool isBlockElement(const SourceNode &node)
    {
        return (node.isMap() || node.isSequence()) && !node.flowStyle();
    }

    void detectSpacing(const SourceNode &node)
    {
        if (node.flowStyle() && node.size() > 0 && node.span().valid() && node.span().begin + 1 < m_text.size()) {
            bool &seen = node.isMap() ? m_seenMap : m_seenSeq;
            if (!seen) {
                (node.isMap() ? m_spacing.map : m_spacing.seq) = m_text[node.span().begin + 1] == ' ';
                seen = true;
            }
        }
        if (m_root == nullptr)
            m_root = &node;
        for (const SourceNode &child : node.items())
            detectSpacing(child);
    }

    static std::string withCrlf(const std::string &text)
    {
        std::string out;
        for (char c : text) {
            if (c == '\n')
                out += '\r';
            out += c;
        }
        return out;
    }

    const std::string &m_text;
    std::vector<Edit> m_edits;
    FlowSpacing m_spacing;
    bool m_seenMap = false, m_seenSeq = false;
    bool m_crlf = false;
    const SourceNode *m_root = nullptr;

public:
    void setCrlf(bool crlf) { m_crlf = crlf; }
};

} // namespace

std::optional<std::string> patchYaml(const std::string &original, const SourceNode &originalTree,
                                     const SourceNode &updated)
{
    if (!originalTree.isMap() || originalTree.size() == 0)
        return std::nullopt;
    // Text is only ever appended after the last line, so that line must be complete.
    const std::string text = original.empty() || original.back() == '\n' ? original : original + "\n";
    YamlPatcher patcher(text);
    patcher.setCrlf(text.find("\r\n") != std::string::npos);
    if (!patcher.patch(originalTree, updated))
        return std::nullopt;
    return patcher.result();
}

std::string leadingYamlComments(const std::string &text)
{
    size_t end = 0, at = 0;
    while (at < text.size()) {
        size_t nl = text.find('\n', at);
        const size_t next = nl == std::string::npos ? text.size() : nl + 1;
        const size_t first = text.find_first_not_of(" \t\r", at);
        if (first < next - 1 || (first == next - 1 && nl == std::string::npos)) { // a line with something on it
            if (text[first] != '#')
                break;
            end = next;
        }
        at = next;
    }
    std::string comments = text.substr(0, end);
    if (!comments.empty() && comments.back() != '\n')
        comments += '\n';
    return comments;
}

} // namespace seam
