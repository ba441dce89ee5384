// libFuzzer harness: the YAML loader (libfyaml → SourceNode tree → Model), and
// the canonical YAML save of whatever loads.
#include "fuzz/fuzzcheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string fileName = "fuzz.seam.yaml";
    const seam::LoadResult result = seam::loadModelFromString(std::string(reinterpret_cast<const char *>(data), size), fileName,
                                                              seam::FileFormat::Yaml);
    seam::fuzz::checkLoadResult(result, fileName);
    if (result.ok())
        seam::fuzz::checkRoundTrip(*result.model, seam::FileFormat::Yaml);
    return 0;
}
