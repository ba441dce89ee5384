#pragma once
// Who depends on an element of one model: the consumer integrations that reach it and the
// flows that go through those integrations (modeldiff.h, Impact).

#include "modeldiff.h"

#include <set>
#include <string>

namespace seam::diff {

class ImpactFinder {
public:
    explicit ImpactFinder(const Model &model)
        : m_model(model)
    {
    }

    // Integrations ending at the component (for a queue or topic: starting there too).
    Impact component(const std::string &id) const;
    // No consumers: the flows that use the integration.
    Impact integration(const std::string &id) const;
    Impact api(const std::string &component, const std::string &api) const;
    Impact operation(const std::string &component, const std::string &api, const std::string &operation) const;
    Impact channel(const std::string &component, const std::string &channel) const;
    Impact event(const std::string &component, const std::string &channel, const std::string &event) const;
    // An operation or event written inline on an integration: that integration is its consumer.
    Impact inlineContract(const std::string &integration) const;
    // Every operation and event that exchanges the schema, directly or through `$ref`.
    Impact schema(const std::string &name) const;
    Impact flow(const std::string &id) const;

private:
    Impact ofConsumers(const std::set<std::string> &integrations) const;
    const Model &m_model;
};

// Both impacts, each list sorted and without repeats.
Impact mergeImpact(const Impact &a, const Impact &b);

} // namespace seam::diff
