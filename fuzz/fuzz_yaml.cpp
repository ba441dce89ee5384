// libFuzzer harness: the YAML loader (libfyaml → SourceNode tree → Model), and
// the canonical YAML save of whatever loads.
#include "fuzz/fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    seam::fuzz::checkLoader(data, size, "fuzz.seam.yaml", seam::FileFormat::Yaml);
    return 0;
}
