#pragma once
// A depth-first post-order over the components, following the edges a rule cares about
// (synchronous calls, say): each component is visited after every component it reaches.
// Iterative, so 10k-long chains do not exhaust the stack.

#include "modelindex.h"

#include <utility>
#include <vector>

namespace seam {

// `follows(edge)` picks the edges to walk. `visit(v, finished)` runs once per component, after its
// callees; `finished(w)` is false for a callee still being walked (a cycle's back edge), whose
// figures are not ready and must be skipped.
template <typename Follows, typename Visit> void postOrder(const ModelIndex &index, Follows follows, Visit visit)
{
    const size_t n = size_t(index.componentCount());
    std::vector<char> state(n, 0); // 0 new, 1 on the stack, 2 done
    const auto finished = [&](int w) { return state[size_t(w)] == 2; };
    std::vector<std::pair<int, size_t>> stack; // component, next outgoing position
    for (int root = 0; root < int(n); ++root) {
        if (state[size_t(root)])
            continue;
        state[size_t(root)] = 1;
        stack.emplace_back(root, 0);
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            const auto &out = index.outgoing(v);
            if (next < out.size()) {
                const int edge = out[next++];
                const int w = index.to(edge);
                if (follows(edge) && state[size_t(w)] == 0) {
                    state[size_t(w)] = 1;
                    stack.emplace_back(w, 0);
                }
                continue;
            }
            const int done = v; // `v` refers into the stack, which visit() leaves alone
            visit(done, finished);
            state[size_t(done)] = 2;
            stack.pop_back();
        }
    }
}

} // namespace seam
