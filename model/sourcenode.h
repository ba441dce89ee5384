#pragma once
// A format-neutral document tree (YAML or JSON) that remembers where every
// node came from, so validation can name FILE:LINE:COLUMN and unknown keys
// survive a load/save round trip untouched.

#include <string>
#include <string_view>
#include <vector>

namespace seam {

struct Mark {
    int line = 0;   // 1-based; 0 = unknown (e.g. created in the editor)
    int column = 0; // 1-based
    bool valid() const { return line > 0; }
    // Where something was written is not part of what was written: two
    // elements loaded from different lines compare equal.
    bool operator==(const Mark &) const { return true; }
};

class SourceNode {
public:
    enum class Type { Null, Scalar, Sequence, Map };

    SourceNode() = default;
    static SourceNode null(Mark mark = {});
    static SourceNode scalar(std::string value, bool quoted = false, Mark mark = {});
    static SourceNode sequence(Mark mark = {});
    static SourceNode map(Mark mark = {});

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isScalar() const { return m_type == Type::Scalar; }
    bool isSequence() const { return m_type == Type::Sequence; }
    bool isMap() const { return m_type == Type::Map; }
    const Mark &mark() const { return m_mark; }
    void setMark(Mark mark) { m_mark = mark; }

    // Scalars. A quoted scalar is always a string; a plain one is resolved
    // with the YAML 1.2 core schema (null, bool, int, float, string).
    const std::string &text() const { return m_text; }
    bool quoted() const { return m_quoted; }
    bool isPlainNullText() const;
    bool toBool(bool &out) const;
    bool toInt(long long &out) const;
    bool toDouble(double &out) const;
    bool isString() const; // scalar that resolves to a string

    // Style hint from the source (flow `{}`/`[]` vs block); writers may use it.
    bool flowStyle() const { return m_flow; }
    void setFlowStyle(bool flow) { m_flow = flow; }

    // Sequences: items(). Maps: keys()[i] -> items()[i], in source order.
    const std::vector<SourceNode> &items() const { return m_items; }
    std::vector<SourceNode> &items() { return m_items; }
    const std::vector<SourceNode> &keys() const { return m_keys; }
    size_t size() const { return m_items.size(); }

    void append(SourceNode item) { m_items.push_back(std::move(item)); }
    void insert(std::string key, SourceNode value, Mark keyMark = {});
    const SourceNode *find(std::string_view key) const;
    SourceNode *find(std::string_view key);
    const std::string &keyAt(size_t i) const { return m_keys[i].m_text; }

    bool operator==(const SourceNode &other) const; // ignores marks and style

private:
    Type m_type = Type::Null;
    bool m_quoted = false;
    bool m_flow = false;
    Mark m_mark;
    std::string m_text;
    std::vector<SourceNode> m_keys;
    std::vector<SourceNode> m_items;
};

// YAML 1.2 core-schema resolution of a plain scalar's text, shared by readers and writers.
enum class PlainScalarKind { Null, Bool, Int, Float, String };
PlainScalarKind resolvePlainScalar(std::string_view text);
// Words a YAML 1.1 reader (PyYAML, older tools in users' pipelines) takes as a bool or null
// although YAML 1.2 reads them as strings: y, n, yes, no, on, off, true, false, null, ~ (any case).
bool isYaml11Keyword(std::string_view text);

} // namespace seam
