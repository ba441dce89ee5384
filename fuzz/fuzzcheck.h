#pragma once
// What every harness checks beyond "no sanitizer report": the loader's own
// promises (modelio.h), so that a wrong answer stops the fuzzer like a crash.

#include "model/modelio.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace seam::fuzz {

[[noreturn]] inline void fail(const char *what, const std::string &detail)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, detail.c_str());
    std::abort();
}

// A load either gives a model or at least one error, and every diagnostic names
// the file, a position that is not negative, and a message.
inline void checkLoadResult(const LoadResult &result, const std::string &fileName)
{
    if (!result.ok() && !hasErrors(result.diagnostics))
        fail("load failed without an error diagnostic",
             result.diagnostics.empty() ? "" : result.diagnostics.front().toString());
    if (result.ok() && hasErrors(result.diagnostics))
        fail("load gave a model and an error", result.diagnostics.front().toString());
    for (const Diagnostic &d : result.diagnostics) {
        if (d.file != fileName)
            fail("diagnostic names another file", d.toString());
        if (d.mark.line < 0 || d.mark.column < 0)
            fail("diagnostic has an impossible position", d.toString());
        if (d.message.empty())
            fail("diagnostic without a message", d.toString());
    }
}

// A model that loaded is saved in the canonical form of `format`, and that text
// must load again to the same number of components and integrations.
inline void checkRoundTrip(const Model &model, FileFormat format)
{
    const std::string text = saveModelToString(model, format);
    const LoadResult again = loadModelFromString(text, "roundtrip", format);
    if (!again.ok())
        fail("the canonical save does not load again",
             (again.diagnostics.empty() ? "" : again.diagnostics.front().toString()) + "\n--- saved text ---\n" + text);
    if (again.model->components.size() != model.components.size()
        || again.model->integrationList().size() != model.integrationList().size())
        fail("the canonical save loads to another model", text);
}

// The loader harnesses' whole job, for one format.
inline void checkLoader(const uint8_t *data, size_t size, const std::string &fileName, FileFormat format)
{
    const LoadResult result
        = loadModelFromString(std::string(reinterpret_cast<const char *>(data), size), fileName, format);
    checkLoadResult(result, fileName);
    if (result.ok())
        checkRoundTrip(*result.model, format);
}

} // namespace seam::fuzz
