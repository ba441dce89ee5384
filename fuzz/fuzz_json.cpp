// libFuzzer harness: the JSON loader (nlohmann SAX → SourceNode tree → Model),
// and the canonical JSON save of whatever loads.
#include "fuzz/fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    seam::fuzz::checkLoader(data, size, "fuzz.seam.json", seam::FileFormat::Json);
    return 0;
}
