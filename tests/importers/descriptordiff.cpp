// descriptor-diff EXPECTED.pb ACTUAL.pb: compares two protoc descriptor sets structurally
// (descriptorsummary.h); prints what differs, exits 0 when they describe the same contract.
#include "descriptorsummary.h"

#include <iostream>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::cerr << "usage: descriptor-diff EXPECTED.pb ACTUAL.pb\n";
        return 2;
    }
    std::vector<std::string> expected, actual;
    std::string error;
    if (!seam::testing::descriptorSummary(argv[1], expected, error)
        || !seam::testing::descriptorSummary(argv[2], actual, error)) {
        std::cerr << error << "\n";
        return 2;
    }
    const std::string difference = seam::testing::summaryDifference(expected, actual);
    std::cout << difference << expected.size() << " lines expected, " << actual.size()
              << " actual: " << (difference.empty() ? "same contract" : "different") << "\n";
    return difference.empty() ? 0 : 1;
}
