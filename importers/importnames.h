#pragma once
// Names an importer gives what it creates: component and integration ids
// (model/constraints.h isValidId) and schema names (isValidSchemaName) from the
// titles and keys a spec uses, unique among the names already taken.

#include <set>
#include <string>
#include <string_view>

namespace seam {

// "Order Service" → "order-service", "shop/orders.v1" → "shop-orders-v1". Never empty.
std::string idFromText(std::string_view text);
// "order.created" → "OrderCreated", "user-signed-up" → "UserSignedUp". Never empty.
std::string schemaNameFromText(std::string_view text);
// `base`, else `base-2`, `base-3` … (`separator` between), the first not in `taken`; inserted.
std::string uniqueName(const std::string &base, std::set<std::string> &taken, std::string_view separator = "-");

} // namespace seam
