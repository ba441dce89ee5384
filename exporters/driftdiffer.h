#pragma once
// What every reader of `seam-cli check-config` shares: the model's side (the exporter's own
// files, parsed) and the comparison of a deployed tree with it, setting by setting.

#include "configdrift.h"

#include "model/sourcenode.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace seam {

class DriftDiffer {
public:
    DriftDiffer(std::string file, std::vector<Drift> &out)
        : m_file(std::move(file))
        , m_out(out)
    {
    }

    // Every setting of `expected` must be in `actual` with the same value. Lists of maps with a
    // `name` pair up by name; lists of scalars compare as sets (a missing and an extra entry both count).
    void compare(const std::string &element, const SourceNode &expected, const SourceNode &actual,
                 const std::string &path, Mark parent);
    // A setting the model has and the file lacks (`actual` null) or gives another value.
    void add(const std::string &element, const std::string &setting, Mark mark, const SourceNode &expected,
             const SourceNode *actual);
    // A setting the file has and the model lacks.
    void addExtra(const std::string &element, const std::string &setting, const SourceNode &actual);

private:
    static const SourceNode *named(const SourceNode &list, const std::string &name);
    void compareList(const std::string &element, const SourceNode &expected, const SourceNode &actual,
                     const std::string &path);

    std::string m_file;
    std::vector<Drift> &m_out;
};

// The text of a scalar under `key` of a map node, else "".
std::string scalarAt(const SourceNode &node, std::string_view key);

// The exporter's files for `format`, parsed: what the model says the deployment should be.
std::vector<std::pair<std::string, std::vector<SourceNode>>> expectedFiles(const Model &model, std::string_view format);
// The same documents, of every file.
std::vector<SourceNode> expectedDocuments(const Model &model, std::string_view format);

// The entries of a list node, or none: references into the tree, never a copy.
const std::vector<SourceNode> &entries(const SourceNode *node);

} // namespace seam
