#pragma once
// A generated model of any size for layout tests and benchmarks: `components`
// components of every kind spread over the trust zones, and `perComponent`
// integrations leaving each one towards pseudo-random others (fixed seed, so
// every run lays out the same graph).

#include "model/model.h"

#include <cstdint>
#include <string>

namespace seam::testing {

inline Model syntheticModel(int components, int perComponent = 3, std::uint32_t seed = 12345)
{
    static const ComponentKind kinds[] = {ComponentKind::Service, ComponentKind::Service, ComponentKind::Database,
                                          ComponentKind::Topic,   ComponentKind::Queue,   ComponentKind::Cache,
                                          ComponentKind::Service, ComponentKind::Gateway, ComponentKind::External,
                                          ComponentKind::Client};
    static const Pattern patterns[] = {Pattern::Rest, Pattern::Grpc, Pattern::Pubsub, Pattern::Queue,
                                       Pattern::Database, Pattern::Webhook};
    Model model;
    model.name = "Synthetic " + std::to_string(components);
    for (int i = 0; i < components; ++i) {
        Component c;
        c.id = "c" + std::to_string(i);
        c.name = "Component " + std::to_string(i);
        c.kind = kinds[i % 10];
        model.components.push_back(std::move(c));
    }
    std::uint32_t state = seed;
    auto next = [&state]() {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    std::vector<Integration> integrations;
    if (components > 1) {
        for (int i = 0; i < components; ++i)
            for (int k = 0; k < perComponent; ++k) {
                Integration in;
                in.id = "i" + std::to_string(i) + "-" + std::to_string(k);
                in.from = "c" + std::to_string(i);
                int to = int(next() % std::uint32_t(components));
                if (to == i)
                    to = (i + 1) % components;
                in.to = "c" + std::to_string(to);
                in.pattern = patterns[next() % 6];
                integrations.push_back(std::move(in));
            }
    }
    model.integrations = std::move(integrations);
    return model;
}

} // namespace seam::testing
