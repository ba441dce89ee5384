#pragma once
// The typed reading of one map of a model file: known keys with their types, ranges and
// spellings, unknown keys reported and kept. Shared by the model reader (modelreader.cpp)
// and the contract reader (contractreader.cpp) so both are equally strict.

#include "constraints.h"
#include "diagnostic.h"
#include "formatlimits.h"
#include "inputlimits.h"
#include "model.h"

#include <cmath>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace seam::reading {

// `x-…` keys are extension fields: accepted anywhere without a warning and written back.
inline bool isExtensionKey(std::string_view key)
{
    return key.starts_with("x-");
}

inline std::string describe(const SourceNode &node)
{
    switch (node.type()) {
    case SourceNode::Type::Null:
        return "nothing";
    case SourceNode::Type::Sequence:
        return "a list";
    case SourceNode::Type::Map:
        return "a map";
    case SourceNode::Type::Scalar:
        break;
    }
    return quoteForMessage(node.text());
}

// "; did you mean 'X'?" for the candidate closest to `name`, or "" when there is none.
inline std::string closestHint(std::string_view name, std::span<const std::string_view> candidates)
{
    const std::string_view close = closestSpelling(name, candidates);
    return close.empty() ? std::string() : "; did you mean '" + std::string(close) + "'?";
}

class Reader {
public:
    Reader(const std::string &fileName, Diagnostics &diagnostics)
        : m_file(fileName)
        , m_diagnostics(diagnostics)
    {
    }

    void error(Mark mark, std::string message)
    {
        m_diagnostics.push_back({Diagnostic::Level::Error, m_file, mark, std::move(message)});
    }
    void warning(Mark mark, std::string message)
    {
        m_diagnostics.push_back({Diagnostic::Level::Warning, m_file, mark, std::move(message)});
    }

    // Reads the keys of one map, remembering which were known, so the rest
    // can be reported as unknown and kept in `extras`.
    class Fields {
    public:
        Fields(Reader &reader, const SourceNode &node, std::string context)
            : m_reader(reader)
            , m_node(node)
            , m_context(std::move(context))
            , m_used(node.size(), false)
        {
        }
        const SourceNode *get(std::string_view key)
        {
            m_known.push_back(key);
            for (size_t i = 0; i < m_node.size(); ++i) {
                if (m_node.keyAt(i) == key) {
                    m_used[i] = true;
                    return &m_node.items()[i];
                }
            }
            return nullptr;
        }
        const SourceNode *require(std::string_view key)
        {
            const SourceNode *value = get(key);
            if (!value)
                m_reader.error(m_node.mark(), m_context + " is missing required key '" + std::string(key) + "'");
            return value;
        }
        // Where `key` itself is written (the map's mark when it is absent).
        Mark keyMark(std::string_view key) const
        {
            for (size_t i = 0; i < m_node.size(); ++i)
                if (m_node.keyAt(i) == key)
                    return m_node.keys()[i].mark();
            return m_node.mark();
        }
        // The keys not read, kept in `extras`. Extension keys (`x-…`) are kept silently; in an
        // `open` map (protocol bindings) so is any key but a near-miss of a known one.
        Extras unknown(bool open = false)
        {
            Extras extras;
            for (size_t i = 0; i < m_node.size(); ++i) {
                if (m_used[i])
                    continue;
                const SourceNode &key = m_node.keys()[i];
                const std::string_view close = closestSpelling(key.text(), m_known);
                const bool nearMiss = !close.empty() && similar(key.text(), close);
                if (isExtensionKey(key.text()) || (open && !nearMiss)) {
                    extras.insert(key.text(), m_node.items()[i], key.mark());
                    continue;
                }
                std::string message = "unknown key " + quoteForMessage(key.text()) + " in " + m_context;
                if (nearMiss)
                    message += "; did you mean '" + std::string(close) + "'?";
                m_reader.warning(key.mark(), message + " (kept as written)");
                extras.insert(key.text(), m_node.items()[i], key.mark());
            }
            return extras;
        }

    private:
        static bool similar(std::string_view a, std::string_view b)
        {
            return a.size() > 2
                && (b.find(a.substr(0, 3)) != std::string_view::npos
                    || a.find(b.substr(0, 3)) != std::string_view::npos);
        }
        Reader &m_reader;
        const SourceNode &m_node;
        std::string m_context;
        std::vector<bool> m_used;
        std::vector<std::string_view> m_known;
    };

    bool expectMap(const SourceNode &node, const std::string &what)
    {
        if (node.isMap())
            return true;
        error(node.mark(), what + " must be a map (key: value pairs), not " + describe(node));
        return false;
    }
    bool expectList(const SourceNode &node, const std::string &what)
    {
        if (node.isSequence())
            return true;
        error(node.mark(), what + " must be a list, not " + describe(node));
        return false;
    }

    void readString(const SourceNode *node, std::optional<std::string> &out, std::string_view key)
    {
        if (!node)
            return;
        if (node->isScalar()) {
            out = node->text();
            return;
        }
        error(node->mark(), "'" + std::string(key) + "' must be text, not " + describe(*node));
    }
    void readRequiredString(const SourceNode *node, std::string &out, std::string_view key)
    {
        std::optional<std::string> value;
        readString(node, value, key);
        if (value)
            out = *value;
    }

    void readInt(const SourceNode *node, std::optional<long long> &out, const limits::NumberField &field)
    {
        if (!node)
            return;
        long long value = 0;
        if (!node->toInt(value)) {
            error(node->mark(), notANumberProblem(field, describe(*node)));
            return;
        }
        if (std::string problem = rangeProblem(field, double(value), node->text()); !problem.empty()) {
            error(node->mark(), problem);
            return;
        }
        out = value;
    }

    void readNumber(const SourceNode *node, std::optional<double> &out, const limits::NumberField &field)
    {
        if (!node)
            return;
        double value = 0;
        if (!node->toDouble(value) || !std::isfinite(value)) {
            error(node->mark(), notANumberProblem(field, describe(*node)));
            return;
        }
        if (std::string problem = rangeProblem(field, value, node->text()); !problem.empty()) {
            error(node->mark(), problem);
            return;
        }
        out = value;
    }

    void readBool(const SourceNode *node, std::optional<bool> &out, std::string_view key)
    {
        if (!node)
            return;
        bool value = false;
        if (!node->toBool(value)) {
            error(node->mark(), "'" + std::string(key) + "' must be true or false, not " + describe(*node));
            return;
        }
        out = value;
    }

    template <typename E> void readEnum(const SourceNode *node, std::optional<E> &out, std::string_view key)
    {
        if (!node)
            return;
        const auto names = enumNames<E>();
        if (node->isScalar()) {
            if (auto value = parseEnum<E>(node->text())) {
                out = value;
                return;
            }
        }
        std::string message = "unknown " + std::string(key) + " " + describe(*node);
        if (std::string_view close = node->isScalar() ? closestSpelling(node->text(), names) : ""; !close.empty())
            message += "; did you mean '" + std::string(close) + "'?";
        error(node->mark(), message + " (valid: " + joinNames(names) + ")");
    }

    void readStringList(const SourceNode *node, std::optional<std::vector<std::string>> &out, std::string_view key)
    {
        if (!node || !expectList(*node, "'" + std::string(key) + "'"))
            return;
        std::vector<std::string> values;
        for (const SourceNode &item : node->items()) {
            if (item.isScalar())
                values.push_back(item.text());
            else
                error(item.mark(), "entries of '" + std::string(key) + "' must be text, not " + describe(item));
        }
        out = std::move(values);
    }

    // Exports name files after ids and event names; longer ones would fail there, half-way.
    void checkNameLength(const std::string &name, Mark mark, const std::string &what)
    {
        if (name.size() > limits::kMaxNameLength)
            error(mark,
                  what + " is " + std::to_string(name.size()) + " characters long; the most is "
                      + std::to_string(limits::kMaxNameLength) + " (exported file names are made from it)");
    }

    // Reads a list of maps; `readItem` gets each map node.
    template <typename T>
    void readList(const SourceNode *node, std::optional<std::vector<T>> &out, const std::string &what,
                  const std::function<T(const SourceNode &)> &readItem)
    {
        if (!node)
            return;
        if (!expectList(*node, what))
            return;
        std::vector<T> values;
        values.reserve(node->size());
        for (const SourceNode &item : node->items())
            if (expectMap(item, "an entry of " + what))
                values.push_back(readItem(item));
        out = std::move(values);
    }

private:
    const std::string &m_file;
    Diagnostics &m_diagnostics;
};

} // namespace seam::reading
