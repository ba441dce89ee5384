#include "elementeditor.h"
#include "qtstrings.h"

#include "commands/setvaluecommand.h"
#include "document.h"

#include "model/constraints.h"
#include "model/flows.h"
#include "model/lint/linter.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace seam {

namespace {

template <typename E> QStringList namesOf(bool optional)
{
    QStringList names;
    if (optional)
        names << QString();
    for (std::string_view name : enumNames<E>())
        names << toQ(name);
    return names;
}

QString textOf(const QVariant &value)
{
    return value.toString().trimmed();
}

// Empty parents are removed again: an empty `retry: {}` is not "no retry" to lint.
template <typename T> void prune(std::optional<T> &value)
{
    if (value && *value == T {})
        value.reset();
}

// --- value parsers: return "" on success, else the inline error ---------------------------

QString parseOptString(const QVariant &value, std::optional<std::string> &out)
{
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        out.reset();
    else
        out = text.toStdString();
    return {};
}

// retry.max_attempts only: it also takes 'unbounded', so it is not in limits::kNumberFields.
QString parsePositiveInt(const QVariant &value, const QString &label, std::optional<long long> &out)
{
    const QString text = textOf(value);
    if (text.isEmpty()) {
        out.reset();
        return {};
    }
    bool ok = false;
    const long long n = text.toLongLong(&ok);
    if (!ok || n < 1)
        return QObject::tr("%1 must be a positive whole number.").arg(label);
    out = n;
    return {};
}

// The numeric fields take what the loader takes and are refused with the loader's words.
QString parseWhole(const QVariant &value, const limits::NumberField &field, std::optional<long long> &out)
{
    const QString text = textOf(value);
    if (text.isEmpty()) {
        out.reset();
        return {};
    }
    bool ok = false;
    const long long n = text.toLongLong(&ok);
    if (!ok)
        return toQ(notANumberProblem(field, quoteForMessage(text.toStdString())));
    if (std::string problem = rangeProblem(field, double(n), text.toStdString()); !problem.empty())
        return toQ(problem);
    out = n;
    return {};
}

QString parseNumber(const QVariant &value, const limits::NumberField &field, std::optional<double> &out)
{
    const QString text = textOf(value);
    if (text.isEmpty()) {
        out.reset();
        return {};
    }
    bool ok = false;
    const double d = text.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return toQ(notANumberProblem(field, quoteForMessage(text.toStdString())));
    if (std::string problem = rangeProblem(field, d, text.toStdString()); !problem.empty())
        return toQ(problem);
    out = d;
    return {};
}

template <typename E> QString parseOptEnum(const QVariant &value, const QString &label, std::optional<E> &out)
{
    const QString text = textOf(value);
    if (text.isEmpty()) {
        out.reset();
        return {};
    }
    const auto parsed = parseEnum<E>(text.toStdString());
    if (!parsed)
        return QObject::tr("%1 must be one of %2.").arg(label, toQ(joinNames(enumNames<E>())));
    out = *parsed;
    return {};
}

QString parseOptBool(const QVariant &value, std::optional<bool> &out)
{
    if (value.typeId() == QMetaType::Bool) {
        out = value.toBool();
        return {};
    }
    const QString text = textOf(value).toLower();
    if (text.isEmpty())
        out.reset();
    else if (text == QLatin1String("true"))
        out = true;
    else if (text == QLatin1String("false"))
        out = false;
    else
        return QObject::tr("Must be true or false.");
    return {};
}

QString joinErrors(const std::optional<std::vector<ErrorCode>> &errors)
{
    QStringList parts;
    for (const ErrorCode &e : errors.value_or(std::vector<ErrorCode> {}))
        parts << toQ(e.text);
    return parts.join(QStringLiteral(", "));
}

QString parseErrors(const QVariant &value, std::optional<std::vector<ErrorCode>> &out)
{
    QStringList parts;
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)
        parts = value.toStringList();
    else
        parts = value.toString().split(QLatin1Char(','));
    std::vector<ErrorCode> codes;
    for (QString part : parts) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        bool numeric = false;
        const int code = part.toInt(&numeric);
        if (numeric && (code < 100 || code > 599))
            return QObject::tr("HTTP status %1 is not between 100 and 599.").arg(part);
        codes.push_back(ErrorCode {part.toStdString(), numeric});
    }
    if (codes.empty())
        out.reset();
    else
        out = std::move(codes);
    return {};
}

// --- list items as maps -------------------------------------------------------------------

QVariantMap operationMap(const Operation &op)
{
    return {
        {QStringLiteral("name"), toQ(op.name)},
        {QStringLiteral("method"), op.method ? toQ(toString(*op.method)) : QString()},
        {QStringLiteral("path"), op.path ? toQ(*op.path) : QString()},
        {QStringLiteral("kind"), op.kind ? toQ(toString(*op.kind)) : QString()},
        {QStringLiteral("request"), op.request ? toQ(*op.request) : QString()},
        {QStringLiteral("response"), op.response ? toQ(*op.response) : QString()},
        {QStringLiteral("critical"), op.isCritical()},
        {QStringLiteral("errors"), joinErrors(op.errors)},
    };
}

QVariantMap eventMap(const Event &ev)
{
    return {
        {QStringLiteral("name"), toQ(ev.name)},
        {QStringLiteral("version"), ev.version ? QString::number(*ev.version) : QString()},
        {QStringLiteral("payload"), ev.payload ? toQ(*ev.payload) : QString()},
        {QStringLiteral("key"), ev.key ? toQ(*ev.key) : QString()},
        {QStringLiteral("critical"), ev.isCritical()},
    };
}

QVariantMap suppressionMap(const Suppression &s)
{
    return {{QStringLiteral("rule"), toQ(s.rule)}, {QStringLiteral("reason"), toQ(s.reason)}};
}

QString checkSchema(const Model &model, const std::optional<std::string> &name, const QString &label)
{
    if (name && !model.findSchema(*name))
        return QObject::tr("%1: there is no schema named \"%2\".").arg(label, toQ(*name));
    return {};
}

QString setOperationField(const Model &model, Operation &op, const QString &field, const QVariant &value)
{
    if (field == QLatin1String("name")) {
        const QString text = textOf(value);
        if (text.isEmpty())
            return QObject::tr("An operation needs a name.");
        op.name = text.toStdString();
        return {};
    }
    if (field == QLatin1String("method"))
        return parseOptEnum(value, QObject::tr("Method"), op.method);
    if (field == QLatin1String("path"))
        return parseOptString(value, op.path);
    if (field == QLatin1String("kind"))
        return parseOptEnum(value, QObject::tr("GraphQL kind"), op.kind);
    if (field == QLatin1String("request")) {
        std::optional<std::string> v;
        parseOptString(value, v);
        if (QString e = checkSchema(model, v, QObject::tr("Request")); !e.isEmpty())
            return e;
        op.request = v;
        return {};
    }
    if (field == QLatin1String("response")) {
        std::optional<std::string> v;
        parseOptString(value, v);
        if (QString e = checkSchema(model, v, QObject::tr("Response")); !e.isEmpty())
            return e;
        op.response = v;
        return {};
    }
    if (field == QLatin1String("critical")) {
        std::optional<bool> v;
        if (QString e = parseOptBool(value, v); !e.isEmpty())
            return e;
        op.critical = (v && *v) ? v : std::nullopt; // false is the default: not written
        return {};
    }
    if (field == QLatin1String("errors"))
        return parseErrors(value, op.errors);
    return QObject::tr("Operations have no field \"%1\".").arg(field);
}

QString setEventField(const Model &model, Event &ev, const QString &field, const QVariant &value)
{
    if (field == QLatin1String("name")) {
        const QString text = textOf(value);
        if (text.isEmpty())
            return QObject::tr("An event needs a name.");
        ev.name = text.toStdString();
        return {};
    }
    if (field == QLatin1String("version"))
        return parseWhole(value, limits::kEventVersion, ev.version);
    if (field == QLatin1String("payload")) {
        std::optional<std::string> v;
        parseOptString(value, v);
        if (QString e = checkSchema(model, v, QObject::tr("Payload")); !e.isEmpty())
            return e;
        ev.payload = v;
        return {};
    }
    if (field == QLatin1String("key"))
        return parseOptString(value, ev.key);
    if (field == QLatin1String("critical")) {
        std::optional<bool> v;
        if (QString e = parseOptBool(value, v); !e.isEmpty())
            return e;
        ev.critical = (v && *v) ? v : std::nullopt;
        return {};
    }
    return QObject::tr("Events have no field \"%1\".").arg(field);
}

QString setSuppressionField(const Model &, Suppression &s, const QString &field, const QVariant &value)
{
    const QString text = textOf(value);
    if (field == QLatin1String("rule")) {
        if (!findRule(text.toStdString()))
            return QObject::tr("There is no lint rule \"%1\".").arg(text);
        s.rule = text.toStdString();
        return {};
    }
    if (field == QLatin1String("reason")) {
        if (text.isEmpty())
            return QObject::tr("A suppression needs a reason: say why the finding is accepted.");
        s.reason = text.toStdString();
        return {};
    }
    return QObject::tr("Suppressions have no field \"%1\".").arg(field);
}

template <typename Item> using ItemSetter = QString (*)(const Model &, Item &, const QString &, const QVariant &);

// Rewrites a whole list from maps; items keep their unknown keys by position.
template <typename Item>
QString parseList(const Model &model, const QVariant &value, std::optional<std::vector<Item>> &list,
                  ItemSetter<Item> setField, QVariantMap (*toMap)(const Item &))
{
    const QVariantList maps = value.toList();
    std::vector<Item> items;
    const auto &old = list.value_or(std::vector<Item> {});
    for (qsizetype i = 0; i < maps.size(); ++i) {
        Item item = size_t(i) < old.size() ? old[size_t(i)] : Item {};
        const QVariantMap map = maps[i].toMap();
        const QVariantMap current = toMap(item);
        for (auto it = map.begin(); it != map.end(); ++it)
            if (current.value(it.key()) == it.value())
                continue; // untouched fields keep exactly what the file said
            else if (QString e = setField(model, item, it.key(), it.value()); !e.isEmpty())
                return QObject::tr("Item %1: %2").arg(i + 1).arg(e);
        items.push_back(std::move(item));
    }
    if (items.empty())
        list.reset();
    else
        list = std::move(items);
    return {};
}

// --- field tables -----------------------------------------------------------------------

template <typename E> struct FieldDef {
    QString key;
    QString label;
    QString group;
    QString type;
    QString unit;
    bool required = false;
    std::function<QStringList(const Model &)> choices;
    std::function<QString(const E &)> defaultText;
    std::function<QVariant(const E &)> get;
    std::function<bool(const E &)> isSet;
    // Returns "" when applied to `element`, else why not. `model` is for references.
    std::function<QString(const Model &, E &, const QVariant &)> set;
};

template <typename E>
FieldDef<E> textField(QString key, QString label, QString group, std::optional<std::string> E::*member,
                      bool multiline = false)
{
    FieldDef<E> f {key, label, group, multiline ? QStringLiteral("multiline") : QStringLiteral("text")};
    f.get = [member](const E &e) { return QVariant((e.*member) ? toQ(*(e.*member)) : QString()); };
    f.isSet = [member](const E &e) { return (e.*member).has_value(); };
    f.set = [member](const Model &, E &e, const QVariant &v) { return parseOptString(v, e.*member); };
    return f;
}

// A field nested in optional parents: `get` yields the optional (or nullptr when a parent is
// absent), `mut` creates the parents, `cleanup` prunes parents left empty.
template <typename E, typename T> struct Path {
    std::function<const std::optional<T> *(const E &)> get;
    std::function<std::optional<T> &(E &)> mut;
    std::function<void(E &)> cleanup;
};

template <typename E, typename T>
FieldDef<E> nestedField(QString key, QString label, QString group, QString type, QString unit, Path<E, T> path,
                        std::function<QVariant(const T &)> show,
                        std::function<QString(const QVariant &, std::optional<T> &)> parse)
{
    FieldDef<E> f {key, label, group, type, unit};
    f.get = [path, show, type](const E &e) {
        const auto *value = path.get(e);
        if (value && *value)
            return show(**value);
        return type == QLatin1String("bool") ? QVariant(QString()) : QVariant(QString());
    };
    f.isSet = [path](const E &e) {
        const auto *value = path.get(e);
        return value && value->has_value();
    };
    f.set = [path, parse](const Model &, E &e, const QVariant &v) {
        std::optional<T> parsed;
        if (const auto *value = path.get(e))
            parsed = *value;
        if (QString error = parse(v, parsed); !error.isEmpty())
            return error;
        path.mut(e) = parsed;
        path.cleanup(e);
        return QString();
    };
    return f;
}

template <typename E>
std::function<QString(const QVariant &, std::optional<long long> &)> wholeNumber(const limits::NumberField &field)
{
    return [&field](const QVariant &v, std::optional<long long> &out) { return parseWhole(v, field, out); };
}

std::function<QVariant(const long long &)> showInt()
{
    return [](const long long &n) { return QVariant(QString::number(n)); };
}

std::function<QVariant(const double &)> showNumber()
{
    return [](const double &d) { return QVariant(numberQ(d)); };
}

template <typename En> std::function<QVariant(const En &)> showEnum()
{
    return [](const En &v) { return QVariant(toQ(toString(v))); };
}

template <typename En> std::function<QString(const QVariant &, std::optional<En> &)> parseEnumField(QString label)
{
    return [label](const QVariant &v, std::optional<En> &out) { return parseOptEnum(v, label, out); };
}

const std::vector<FieldDef<Component>> &componentFields()
{
    static const std::vector<FieldDef<Component>> fields = [] {
        const QString general = QObject::tr("Component");
        const QString slaGroup = QObject::tr("SLA");
        std::vector<FieldDef<Component>> v;

        FieldDef<Component> id {QStringLiteral("id"), QObject::tr("Id"), general, QStringLiteral("text")};
        id.required = true;
        id.get = [](const Component &c) { return QVariant(toQ(c.id)); };
        id.isSet = [](const Component &) { return true; };
        v.push_back(id); // written through the rename command, see setValue

        auto name = textField<Component>(QStringLiteral("name"), QObject::tr("Name"), general, &Component::name);
        name.defaultText = [](const Component &c) { return toQ(c.id); };
        v.push_back(name);

        FieldDef<Component> kind {QStringLiteral("kind"), QObject::tr("Kind"), general, QStringLiteral("enum")};
        kind.required = true;
        kind.choices = [](const Model &) { return namesOf<ComponentKind>(false); };
        kind.get = [](const Component &c) { return QVariant(toQ(toString(c.kind))); };
        kind.isSet = [](const Component &) { return true; };
        kind.set = [](const Model &, Component &c, const QVariant &value) {
            std::optional<ComponentKind> k;
            if (QString e = parseOptEnum(value, QObject::tr("Kind"), k); !e.isEmpty())
                return e;
            if (!k)
                return QObject::tr("Kind is required.");
            c.kind = *k;
            return QString();
        };
        v.push_back(kind);

        v.push_back(textField<Component>(QStringLiteral("description"), QObject::tr("Description"), general,
                                         &Component::description, true));
        v.push_back(textField<Component>(QStringLiteral("owner"), QObject::tr("Owner"), general, &Component::owner));
        v.push_back(textField<Component>(QStringLiteral("technology"), QObject::tr("Technology"), general,
                                         &Component::technology));

        FieldDef<Component> zone {QStringLiteral("zone"), QObject::tr("Trust zone"), general, QStringLiteral("enum")};
        zone.choices = [](const Model &) { return namesOf<Zone>(true); };
        zone.defaultText = [](const Component &c) {
            Component copy = c;
            copy.zone.reset();
            return toQ(toString(copy.effectiveZone()));
        };
        zone.get = [](const Component &c) { return QVariant(c.zone ? toQ(toString(*c.zone)) : QString()); };
        zone.isSet = [](const Component &c) { return c.zone.has_value(); };
        zone.set = [](const Model &, Component &c, const QVariant &value) {
            return parseOptEnum(value, QObject::tr("Zone"), c.zone);
        };
        v.push_back(zone);

        // Tags stay with the other general fields: the inspector groups consecutive rows.
        FieldDef<Component> tags {QStringLiteral("tags"), QObject::tr("Tags"), general, QStringLiteral("list")};
        tags.get = [](const Component &c) {
            QStringList list;
            for (const std::string &t : c.tags.value_or(std::vector<std::string> {}))
                list << toQ(t);
            return QVariant(list);
        };
        tags.isSet = [](const Component &c) { return c.tags.has_value(); };
        tags.set = [](const Model &, Component &c, const QVariant &value) {
            QStringList list = value.typeId() == QMetaType::QString ? value.toString().split(QLatin1Char(','))
                                                                    : value.toStringList();
            std::vector<std::string> out;
            for (const QString &t : list)
                if (!t.trimmed().isEmpty())
                    out.push_back(t.trimmed().toStdString());
            if (out.empty())
                c.tags.reset();
            else
                c.tags = std::move(out);
            return QString();
        };
        v.push_back(tags);

        auto sla = [](std::optional<double> Sla::*member) {
            return Path<Component, double> {[member](const Component &c) -> const std::optional<double> * {
                                                return c.sla ? &((*c.sla).*member) : nullptr;
                                            },
                                            [member](Component &c) -> std::optional<double> & {
                                                if (!c.sla)
                                                    c.sla.emplace();
                                                return (*c.sla).*member;
                                            },
                                            [](Component &c) { prune(c.sla); }};
        };
        auto number = [](const limits::NumberField &field) {
            return std::function<QString(const QVariant &, std::optional<double> &)>(
                [&field](const QVariant &value, std::optional<double> &out) { return parseNumber(value, field, out); });
        };
        v.push_back(nestedField<Component, double>(
            QStringLiteral("sla.availability"), QObject::tr("Availability"), slaGroup, QStringLiteral("number"),
            QStringLiteral("%"), sla(&Sla::availability), showNumber(), number(limits::kAvailability)));
        v.push_back(nestedField<Component, double>(QStringLiteral("sla.latency_p95_ms"), QObject::tr("Latency p95"),
                                                   slaGroup, QStringLiteral("number"), QStringLiteral("ms"),
                                                   sla(&Sla::latencyP95Ms), showNumber(), number(limits::kLatencyP95)));
        v.push_back(nestedField<Component, double>(QStringLiteral("sla.latency_p99_ms"), QObject::tr("Latency p99"),
                                                   slaGroup, QStringLiteral("number"), QStringLiteral("ms"),
                                                   sla(&Sla::latencyP99Ms), showNumber(), number(limits::kLatencyP99)));
        v.push_back(nestedField<Component, double>(
            QStringLiteral("sla.throughput_rps"), QObject::tr("Throughput"), slaGroup, QStringLiteral("number"),
            QStringLiteral("rps"), sla(&Sla::throughputRps), showNumber(), number(limits::kThroughput)));

        FieldDef<Component> suppress {QStringLiteral("suppress"), QObject::tr("Suppressed findings"),
                                      QObject::tr("Lint"), QStringLiteral("suppressions")};
        suppress.get = [](const Component &c) {
            QVariantList list;
            for (const Suppression &s : c.suppress.value_or(std::vector<Suppression> {}))
                list << suppressionMap(s);
            return QVariant(list);
        };
        suppress.isSet = [](const Component &c) { return c.suppress.has_value(); };
        suppress.set = [](const Model &m, Component &c, const QVariant &value) {
            return parseList<Suppression>(m, value, c.suppress, &setSuppressionField, &suppressionMap);
        };
        v.push_back(suppress);
        return v;
    }();
    return fields;
}

// Paths into Integration::reliability / security / rate_limit.
template <typename Parent, typename T>
Path<Integration, T> path1(std::optional<Parent> Integration::*parent, std::optional<T> Parent::*member)
{
    return {[parent, member](const Integration &i) -> const std::optional<T> * {
                return (i.*parent) ? &((*(i.*parent)).*member) : nullptr;
            },
            [parent, member](Integration &i) -> std::optional<T> & {
                if (!(i.*parent))
                    (i.*parent).emplace();
                return (*(i.*parent)).*member;
            },
            [parent](Integration &i) { prune(i.*parent); }};
}

template <typename Mid, typename T>
Path<Integration, T> path2(std::optional<Mid> Reliability::*mid, std::optional<T> Mid::*member)
{
    return {[mid, member](const Integration &i) -> const std::optional<T> * {
                if (!i.reliability || !((*i.reliability).*mid))
                    return nullptr;
                return &((*((*i.reliability).*mid)).*member);
            },
            [mid, member](Integration &i) -> std::optional<T> & {
                if (!i.reliability)
                    i.reliability.emplace();
                auto &m = (*i.reliability).*mid;
                if (!m)
                    m.emplace();
                return (*m).*member;
            },
            [mid](Integration &i) {
                if (i.reliability)
                    prune((*i.reliability).*mid);
                prune(i.reliability);
            }};
}

const std::vector<FieldDef<Integration>> &integrationFields()
{
    static const std::vector<FieldDef<Integration>> fields = [] {
        const QString general = QObject::tr("Integration");
        const QString contract = QObject::tr("Contract");
        const QString reliability = QObject::tr("Reliability");
        const QString security = QObject::tr("Security");
        const QString rate = QObject::tr("Rate limit");
        std::vector<FieldDef<Integration>> v;

        FieldDef<Integration> id {QStringLiteral("id"), QObject::tr("Id"), general, QStringLiteral("text")};
        id.required = true;
        id.get = [](const Integration &i) { return QVariant(toQ(i.id)); };
        id.isSet = [](const Integration &) { return true; };
        v.push_back(id);

        auto endpoint
            = [&](QString key, QString label, std::string Integration::*member, std::string Integration::*other) {
                  FieldDef<Integration> f {key, label, general, QStringLiteral("reference")};
                  f.required = true;
                  f.choices = [](const Model &m) {
                      QStringList ids;
                      for (const Component &c : m.components)
                          ids << toQ(c.id);
                      return ids;
                  };
                  f.get = [member](const Integration &i) { return QVariant(toQ(i.*member)); };
                  f.isSet = [](const Integration &) { return true; };
                  f.set = [member, other, label](const Model &m, Integration &i, const QVariant &value) {
                      const std::string id = textOf(value).toStdString();
                      if (!m.findComponent(id))
                          return QObject::tr("%1: there is no component \"%2\".").arg(label, toQ(id));
                      if (id == i.*other)
                          return QObject::tr("An integration cannot connect a component to itself.");
                      i.*member = id;
                      return QString();
                  };
                  return f;
              };
        v.push_back(endpoint(QStringLiteral("from"), QObject::tr("From"), &Integration::from, &Integration::to));
        v.push_back(endpoint(QStringLiteral("to"), QObject::tr("To"), &Integration::to, &Integration::from));

        FieldDef<Integration> pattern {QStringLiteral("pattern"), QObject::tr("Pattern"), general,
                                       QStringLiteral("enum")};
        pattern.required = true;
        pattern.choices = [](const Model &) { return namesOf<Pattern>(false); };
        pattern.get = [](const Integration &i) { return QVariant(toQ(toString(i.pattern))); };
        pattern.isSet = [](const Integration &) { return true; };
        pattern.set = [](const Model &, Integration &i, const QVariant &value) {
            std::optional<Pattern> p;
            if (QString e = parseOptEnum(value, QObject::tr("Pattern"), p); !e.isEmpty())
                return e;
            if (!p)
                return QObject::tr("Pattern is required.");
            i.pattern = *p;
            return QString();
        };
        v.push_back(pattern);

        auto name = textField<Integration>(QStringLiteral("name"), QObject::tr("Name"), general, &Integration::name);
        name.defaultText = [](const Integration &i) { return toQ(i.id); };
        v.push_back(name);
        v.push_back(textField<Integration>(QStringLiteral("description"), QObject::tr("Description"), general,
                                           &Integration::description, true));

        FieldDef<Integration> timeout {QStringLiteral("timeout_ms"), QObject::tr("Timeout"), general,
                                       QStringLiteral("int"), QStringLiteral("ms")};
        timeout.get
            = [](const Integration &i) { return QVariant(i.timeoutMs ? QString::number(*i.timeoutMs) : QString()); };
        timeout.isSet = [](const Integration &i) { return i.timeoutMs.has_value(); };
        timeout.set = [](const Model &, Integration &i, const QVariant &value) {
            return parseWhole(value, limits::kTimeout, i.timeoutMs);
        };
        v.push_back(timeout);

        FieldDef<Integration> delivery {QStringLiteral("delivery"), QObject::tr("Delivery"), general,
                                        QStringLiteral("enum")};
        delivery.choices = [](const Model &) { return namesOf<Delivery>(true); };
        delivery.defaultText = [](const Integration &i) {
            Integration copy = i;
            copy.delivery.reset();
            const auto d = copy.effectiveDelivery();
            return d ? toQ(toString(*d)) : QString();
        };
        delivery.get
            = [](const Integration &i) { return QVariant(i.delivery ? toQ(toString(*i.delivery)) : QString()); };
        delivery.isSet = [](const Integration &i) { return i.delivery.has_value(); };
        delivery.set = [](const Model &, Integration &i, const QVariant &value) {
            return parseOptEnum(value, QObject::tr("Delivery"), i.delivery);
        };
        v.push_back(delivery);

        FieldDef<Integration> operations {QStringLiteral("operations"), QObject::tr("Operations"), contract,
                                          QStringLiteral("operations")};
        operations.get = [](const Integration &i) {
            QVariantList list;
            for (const Operation &op : i.operations.value_or(std::vector<Operation> {}))
                list << operationMap(op);
            return QVariant(list);
        };
        operations.isSet = [](const Integration &i) { return i.operations.has_value(); };
        operations.set = [](const Model &m, Integration &i, const QVariant &value) {
            return parseList<Operation>(m, value, i.operations, &setOperationField, &operationMap);
        };
        v.push_back(operations);

        FieldDef<Integration> events {QStringLiteral("events"), QObject::tr("Events"), contract,
                                      QStringLiteral("events")};
        events.get = [](const Integration &i) {
            QVariantList list;
            for (const Event &ev : i.events.value_or(std::vector<Event> {}))
                list << eventMap(ev);
            return QVariant(list);
        };
        events.isSet = [](const Integration &i) { return i.events.has_value(); };
        events.set = [](const Model &m, Integration &i, const QVariant &value) {
            return parseList<Event>(m, value, i.events, &setEventField, &eventMap);
        };
        v.push_back(events);

        // Retry: max_attempts is a number or `unbounded`.
        FieldDef<Integration> attempts {QStringLiteral("reliability.retry.max_attempts"), QObject::tr("Retry attempts"),
                                        reliability, QStringLiteral("int")};
        attempts.defaultText = [](const Integration &i) {
            return i.reliability && i.reliability->retry ? QStringLiteral("unbounded") : QString();
        };
        attempts.get = [](const Integration &i) {
            if (!i.reliability || !i.reliability->retry)
                return QVariant(QString());
            const Retry &r = *i.reliability->retry;
            if (r.unbounded)
                return QVariant(QStringLiteral("unbounded"));
            return QVariant(r.maxAttempts ? QString::number(*r.maxAttempts) : QString());
        };
        attempts.isSet = [](const Integration &i) {
            return i.reliability && i.reliability->retry
                && (i.reliability->retry->maxAttempts || i.reliability->retry->unbounded);
        };
        attempts.set = [](const Model &, Integration &i, const QVariant &value) {
            const QString text = textOf(value);
            std::optional<long long> n;
            bool unbounded = text == QLatin1String("unbounded");
            if (!unbounded)
                if (QString e = parsePositiveInt(value, QObject::tr("Retry attempts"), n); !e.isEmpty())
                    return QObject::tr("Retry attempts must be a positive whole number or \"unbounded\".");
            if (!i.reliability)
                i.reliability.emplace();
            if (!i.reliability->retry)
                i.reliability->retry.emplace();
            i.reliability->retry->maxAttempts = n;
            i.reliability->retry->unbounded = unbounded;
            prune(i.reliability->retry);
            prune(i.reliability);
            return QString();
        };
        v.push_back(attempts);

        v.push_back(nestedField<Integration, Backoff>(
            QStringLiteral("reliability.retry.backoff"), QObject::tr("Retry backoff"), reliability,
            QStringLiteral("enum"), {}, path2(&Reliability::retry, &Retry::backoff), showEnum<Backoff>(),
            parseEnumField<Backoff>(QObject::tr("Backoff"))));
        v.back().choices = [](const Model &) { return namesOf<Backoff>(true); };
        v.push_back(nestedField<Integration, long long>(
            QStringLiteral("reliability.retry.initial_ms"), QObject::tr("Retry initial delay"), reliability,
            QStringLiteral("int"), QStringLiteral("ms"), path2(&Reliability::retry, &Retry::initialMs), showInt(),
            wholeNumber<Integration>(limits::kRetryInitial)));
        v.push_back(nestedField<Integration, long long>(
            QStringLiteral("reliability.retry.max_ms"), QObject::tr("Retry max delay"), reliability,
            QStringLiteral("int"), QStringLiteral("ms"), path2(&Reliability::retry, &Retry::maxMs), showInt(),
            wholeNumber<Integration>(limits::kRetryMax)));
        v.push_back(nestedField<Integration, double>(QStringLiteral("reliability.retry.jitter"),
                                                     QObject::tr("Retry jitter"), reliability, QStringLiteral("number"),
                                                     {}, path2(&Reliability::retry, &Retry::jitter), showNumber(),
                                                     [](const QVariant &value, std::optional<double> &out) {
                                                         return parseNumber(value, limits::kRetryJitter, out);
                                                     }));
        v.push_back(nestedField<Integration, long long>(
            QStringLiteral("reliability.circuit_breaker.failure_threshold"), QObject::tr("Breaker failure threshold"),
            reliability, QStringLiteral("int"), {},
            path2(&Reliability::circuitBreaker, &CircuitBreaker::failureThreshold), showInt(),
            wholeNumber<Integration>(limits::kBreakerThreshold)));
        v.push_back(nestedField<Integration, long long>(
            QStringLiteral("reliability.circuit_breaker.open_ms"), QObject::tr("Breaker open time"), reliability,
            QStringLiteral("int"), QStringLiteral("ms"), path2(&Reliability::circuitBreaker, &CircuitBreaker::openMs),
            showInt(), wholeNumber<Integration>(limits::kBreakerOpen)));
        v.push_back(nestedField<Integration, long long>(
            QStringLiteral("reliability.circuit_breaker.half_open_successes"),
            QObject::tr("Breaker half-open successes"), reliability, QStringLiteral("int"), {},
            path2(&Reliability::circuitBreaker, &CircuitBreaker::halfOpenSuccesses), showInt(),
            wholeNumber<Integration>(limits::kBreakerHalfOpen)));
        v.push_back(nestedField<Integration, Idempotency>(
            QStringLiteral("reliability.idempotency"), QObject::tr("Idempotency"), reliability, QStringLiteral("enum"),
            {}, path1(&Integration::reliability, &Reliability::idempotency), showEnum<Idempotency>(),
            parseEnumField<Idempotency>(QObject::tr("Idempotency"))));
        v.back().choices = [](const Model &) { return namesOf<Idempotency>(true); };
        v.back().defaultText = [](const Integration &) { return QStringLiteral("none"); };

        FieldDef<Integration> deadLetter {QStringLiteral("reliability.dead_letter"), QObject::tr("Dead-letter queue"),
                                          reliability, QStringLiteral("bool")};
        deadLetter.get
            = [](const Integration &i) { return QVariant(i.reliability && i.reliability->deadLetter.has_value()); };
        deadLetter.isSet = [](const Integration &i) { return i.reliability && i.reliability->deadLetter.has_value(); };
        deadLetter.set = [](const Model &, Integration &i, const QVariant &value) {
            std::optional<bool> on;
            if (QString e = parseOptBool(value, on); !e.isEmpty())
                return e;
            if (on && *on) {
                if (!i.reliability)
                    i.reliability.emplace();
                if (!i.reliability->deadLetter)
                    i.reliability->deadLetter = DeadLetter {true, {}, {}, {}};
            } else if (i.reliability) {
                i.reliability->deadLetter.reset();
                prune(i.reliability);
            }
            return QString();
        };
        v.push_back(deadLetter);

        // Giving the dead-letter queue details turns `dead_letter: true` into a map.
        auto deadLetterDetail = [&](QString key, QString label, QString unit,
                                    std::optional<long long> DeadLetter::*member, const limits::NumberField &field) {
            Path<Integration, long long> path {
                [member](const Integration &i) -> const std::optional<long long> * {
                    return i.reliability && i.reliability->deadLetter ? &((*i.reliability->deadLetter).*member)
                                                                      : nullptr;
                },
                [member](Integration &i) -> std::optional<long long> & {
                    if (!i.reliability)
                        i.reliability.emplace();
                    if (!i.reliability->deadLetter)
                        i.reliability->deadLetter.emplace();
                    i.reliability->deadLetter->shorthand = false;
                    return (*i.reliability->deadLetter).*member;
                },
                [](Integration &i) {
                    if (i.reliability && i.reliability->deadLetter && *i.reliability->deadLetter == DeadLetter {})
                        i.reliability->deadLetter->shorthand = true; // still on, just without details
                }};
            return nestedField<Integration, long long>(key, label, reliability, QStringLiteral("int"), unit, path,
                                                       showInt(), wholeNumber<Integration>(field));
        };
        v.push_back(deadLetterDetail(QStringLiteral("reliability.dead_letter.retention_days"),
                                     QObject::tr("Dead-letter retention"), QStringLiteral("days"),
                                     &DeadLetter::retentionDays, limits::kRetentionDays));
        v.push_back(deadLetterDetail(QStringLiteral("reliability.dead_letter.alert_depth"),
                                     QObject::tr("Dead-letter alert depth"), {}, &DeadLetter::alertDepth,
                                     limits::kAlertDepth));
        v.push_back(nestedField<Integration, std::string>(
            QStringLiteral("reliability.fallback"), QObject::tr("Fallback"), reliability, QStringLiteral("text"), {},
            path1(&Integration::reliability, &Reliability::fallback),
            [](const std::string &s) { return QVariant(toQ(s)); },
            [](const QVariant &value, std::optional<std::string> &out) { return parseOptString(value, out); }));

        v.push_back(nestedField<Integration, Auth>(QStringLiteral("security.auth"), QObject::tr("Authentication"),
                                                   security, QStringLiteral("enum"), {},
                                                   path1(&Integration::security, &Security::auth), showEnum<Auth>(),
                                                   parseEnumField<Auth>(QObject::tr("Authentication"))));
        v.back().choices = [](const Model &) { return namesOf<Auth>(true); };
        v.push_back(nestedField<Integration, bool>(
            QStringLiteral("security.tls"), QObject::tr("TLS"), security, QStringLiteral("bool"), {},
            path1(&Integration::security, &Security::tls), [](const bool &b) { return QVariant(b); },
            [](const QVariant &value, std::optional<bool> &out) { return parseOptBool(value, out); }));
        v.back().defaultText = [](const Integration &) { return QStringLiteral("true"); };
        v.back().get = [](const Integration &i) { return QVariant(i.tlsEnabled()); };
        v.push_back(nestedField<Integration, Signature>(
            QStringLiteral("security.signature"), QObject::tr("Signature"), security, QStringLiteral("enum"), {},
            path1(&Integration::security, &Security::signature), showEnum<Signature>(),
            parseEnumField<Signature>(QObject::tr("Signature"))));
        v.back().choices = [](const Model &) { return namesOf<Signature>(true); };
        v.push_back(nestedField<Integration, DataClass>(
            QStringLiteral("security.data"), QObject::tr("Data class"), security, QStringLiteral("enum"), {},
            path1(&Integration::security, &Security::data), showEnum<DataClass>(),
            parseEnumField<DataClass>(QObject::tr("Data class"))));
        v.back().choices = [](const Model &) { return namesOf<DataClass>(true); };

        v.push_back(nestedField<Integration, long long>(QStringLiteral("rate_limit.requests"), QObject::tr("Requests"),
                                                        rate, QStringLiteral("int"), {},
                                                        path1(&Integration::rateLimit, &RateLimit::requests), showInt(),
                                                        wholeNumber<Integration>(limits::kRateRequests)));
        v.push_back(nestedField<Integration, RatePeriod>(
            QStringLiteral("rate_limit.per"), QObject::tr("Per"), rate, QStringLiteral("enum"), {},
            path1(&Integration::rateLimit, &RateLimit::per), showEnum<RatePeriod>(),
            parseEnumField<RatePeriod>(QObject::tr("Period"))));
        v.back().choices = [](const Model &) { return namesOf<RatePeriod>(true); };
        v.push_back(nestedField<Integration, long long>(QStringLiteral("rate_limit.burst"), QObject::tr("Burst"), rate,
                                                        QStringLiteral("int"), {},
                                                        path1(&Integration::rateLimit, &RateLimit::burst), showInt(),
                                                        wholeNumber<Integration>(limits::kRateBurst)));

        FieldDef<Integration> suppress {QStringLiteral("suppress"), QObject::tr("Suppressed findings"),
                                        QObject::tr("Lint"), QStringLiteral("suppressions")};
        suppress.get = [](const Integration &i) {
            QVariantList list;
            for (const Suppression &s : i.suppress.value_or(std::vector<Suppression> {}))
                list << suppressionMap(s);
            return QVariant(list);
        };
        suppress.isSet = [](const Integration &i) { return i.suppress.has_value(); };
        suppress.set = [](const Model &m, Integration &i, const QVariant &value) {
            return parseList<Suppression>(m, value, i.suppress, &setSuppressionField, &suppressionMap);
        };
        v.push_back(suppress);
        return v;
    }();
    return fields;
}

// What the loader would refuse about an edited integration beyond its own fields: the
// editor must never produce a file that cannot be opened again.
QString integrationProblem(const Model &model, const Integration &edited)
{
    if (edited.rateLimit && !edited.rateLimit->requests)
        return QObject::tr("A rate limit needs the number of requests: set Requests first.");
    if (edited.rateLimit && !edited.rateLimit->per)
        return QObject::tr("A rate limit needs its period (second, minute or hour).");
    auto find = [&](const std::string &id) -> const Integration * {
        return id == edited.id ? &edited : model.findIntegration(id);
    };
    for (const Flow &flow : model.flowList()) {
        if (!flowUsesIntegration(flow, edited.id))
            continue;
        if (const auto breaks = flowBreaks(flow, find); !breaks.empty())
            return toQ(breaks.front().message);
    }
    return {};
}

template <typename E> const FieldDef<E> *findField(const std::vector<FieldDef<E>> &fields, const QString &key)
{
    for (const auto &f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

// The range checks are the loader's, and its messages name the YAML key ("'timeout_ms' must be
// at least 1, not 0"). The inspector shows the field's label, so its message names that instead.
template <typename E> QString inInspectorWords(const QString &message, const FieldDef<E> &field)
{
    for (const limits::NumberField &number : limits::kNumberFields) {
        if (toQ(number.path) != field.key)
            continue;
        const QString quotedKey = QLatin1Char('\'') + toQ(number.key) + QLatin1Char('\'');
        if (message.startsWith(quotedKey))
            return field.label + message.mid(quotedKey.size());
    }
    return message;
}

} // namespace

// --- ElementEditor ------------------------------------------------------------------------

ElementEditor::ElementEditor(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ElementEditor::setDocument(Document *document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::changed, this, &ElementEditor::follow);
    }
    emit documentChanged();
    rebuild();
}

void ElementEditor::follow(const ModelChange &change)
{
    if (change.isReset()) {
        if (!m_elementId.isEmpty() && elementType().isEmpty())
            setElementId({});
        else
            rebuild();
        return;
    }
    bool refresh = false;
    for (const ModelChange::Rename &rename : change.renames)
        if (rename.from == m_elementId) {
            m_elementId = rename.to;
            emit elementChanged();
            refresh = true;
        }
    if (change.componentRowsShifted() || change.integrationRowsShifted()) {
        // The element may be gone; reference choices change.
        if (!m_elementId.isEmpty() && elementType().isEmpty()) {
            setElementId({});
            return;
        }
        refresh = true;
    }
    const QString type = elementType();
    if (type == QLatin1String("component"))
        refresh = refresh || change.componentsChanged.contains(m_document->componentIndex(m_elementId));
    else if (type == QLatin1String("integration"))
        refresh = refresh || change.integrationsChanged.contains(m_document->integrationIndex(m_elementId));
    if (refresh)
        refreshValues();
}

void ElementEditor::setElementId(const QString &id)
{
    if (id == m_elementId)
        return;
    m_elementId = id;
    rebuild();
    emit elementChanged();
}

void ElementEditor::setElementType(const QString &type)
{
    if (type == m_preferredType)
        return;
    const QString before = elementType();
    m_preferredType = type;
    if (elementType() != before) {
        rebuild();
        emit elementChanged();
    }
}

void ElementEditor::setElement(const QString &type, const QString &id)
{
    if (type == m_preferredType && id == m_elementId)
        return;
    m_preferredType = type;
    m_elementId = id;
    rebuild();
    emit elementChanged();
}

QString ElementEditor::elementType() const
{
    if (!m_document || m_elementId.isEmpty())
        return {};
    if (m_preferredType == QLatin1String("integration") && m_document->hasIntegration(m_elementId))
        return QStringLiteral("integration");
    if (m_document->hasComponent(m_elementId))
        return QStringLiteral("component");
    if (m_document->hasIntegration(m_elementId))
        return QStringLiteral("integration");
    return {};
}

bool ElementEditor::hasErrors() const
{
    for (const QString &e : m_errors)
        if (!e.isEmpty())
            return true;
    return false;
}

void ElementEditor::rebuild()
{
    beginResetModel();
    m_keys.clear();
    const bool hadErrors = hasErrors();
    m_errors.clear();
    const QString type = elementType();
    if (type == QLatin1String("component"))
        for (const auto &f : componentFields())
            m_keys.push_back(f.key);
    else if (type == QLatin1String("integration"))
        for (const auto &f : integrationFields())
            m_keys.push_back(f.key);
    endResetModel();
    if (hadErrors)
        emit errorsChanged();
}

void ElementEditor::refreshValues()
{
    if (!m_keys.empty())
        emit dataChanged(index(0), index(int(m_keys.size()) - 1));
}

int ElementEditor::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ElementEditor::rowOf(const QString &key) const
{
    for (size_t i = 0; i < m_keys.size(); ++i)
        if (m_keys[i] == key)
            return int(i);
    return -1;
}

QStringList ElementEditor::keys() const
{
    return QStringList(m_keys.begin(), m_keys.end());
}

QHash<int, QByteArray> ElementEditor::roleNames() const
{
    return {
        {KeyRole, "key"},     {LabelRole, "label"},       {GroupRole, "group"},         {TypeRole, "type"},
        {ValueRole, "value"}, {ChoicesRole, "choices"},   {DefaultRole, "defaultText"}, {UnitRole, "unit"},
        {ErrorRole, "error"}, {RequiredRole, "required"}, {IsSetRole, "isSet"},
    };
}

namespace {

template <typename E> QVariant fieldData(const FieldDef<E> &f, const E &element, const Model &model, int role)
{
    switch (role) {
    case ElementEditor::KeyRole:
        return f.key;
    case Qt::DisplayRole:
    case ElementEditor::LabelRole:
        return f.label;
    case ElementEditor::GroupRole:
        return f.group;
    case ElementEditor::TypeRole:
        return f.type;
    case ElementEditor::ValueRole:
        return f.get(element);
    case ElementEditor::ChoicesRole:
        return f.choices ? f.choices(model) : QStringList();
    case ElementEditor::DefaultRole:
        return f.defaultText ? f.defaultText(element) : QString();
    case ElementEditor::UnitRole:
        return f.unit;
    case ElementEditor::RequiredRole:
        return f.required;
    case ElementEditor::IsSetRole:
        return f.isSet(element);
    }
    return {};
}

} // namespace

QVariant ElementEditor::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &key = m_keys[size_t(index.row())];
    if (role == ErrorRole)
        return m_errors.value(key);
    const Model &model = m_document->model();
    const QString type = elementType();
    if (type == QLatin1String("component")) {
        const int i = m_document->componentIndex(m_elementId);
        if (const auto *f = findField(componentFields(), key))
            return fieldData(*f, model.components[size_t(i)], model, role);
    } else if (type == QLatin1String("integration")) {
        const int i = m_document->integrationIndex(m_elementId);
        if (const auto *f = findField(integrationFields(), key))
            return fieldData(*f, model.integrationList()[size_t(i)], model, role);
    }
    return {};
}

QVariant ElementEditor::value(const QString &key) const
{
    const int row = rowOf(key);
    return row < 0 ? QVariant() : data(index(row), ValueRole);
}

QString ElementEditor::error(const QString &key) const
{
    return m_errors.value(key);
}

QStringList ElementEditor::choices(const QString &key) const
{
    const int row = rowOf(key);
    return row < 0 ? QStringList() : data(index(row), ChoicesRole).toStringList();
}

void ElementEditor::setError(const QString &key, const QString &message)
{
    if (m_errors.value(key) == message)
        return;
    const bool had = hasErrors();
    if (message.isEmpty())
        m_errors.remove(key);
    else
        m_errors.insert(key, message);
    if (int row = rowOf(key); row >= 0)
        emit dataChanged(index(row), index(row), {ErrorRole});
    if (had != hasErrors())
        emit errorsChanged();
}

bool ElementEditor::setValue(const QString &key, const QVariant &value)
{
    return write(key, value, key);
}

bool ElementEditor::commitValue(const QString &key, const QVariant &value)
{
    return write(key, value, key + QLatin1Char('#') + QString::number(++m_commitCount));
}

bool ElementEditor::write(const QString &key, const QVariant &value, const QString &mergeKey)
{
    const QString type = elementType();
    if (type.isEmpty() || rowOf(key) < 0)
        return false;
    if (key == QLatin1String("id")) {
        const QString newId = textOf(value);
        const QString error = type == QLatin1String("component") ? m_document->renameComponent(m_elementId, newId)
                                                                 : m_document->renameIntegration(m_elementId, newId);
        setError(key, error); // on success the rename signal moved us to the new id
        return error.isEmpty();
    }

    if (value == this->value(key)) {
        setError(key, {}); // e.g. focus left a field without a change: not an edit
        return true;
    }
    const Model &model = m_document->model();
    const std::string id = m_elementId.toStdString();
    QString error;
    if (type == QLatin1String("component")) {
        const auto *field = findField(componentFields(), key);
        Component copy = model.components[size_t(m_document->componentIndex(m_elementId))];
        error = inInspectorWords(field->set(model, copy, value), *field);
        if (error.isEmpty())
            m_document->push(new SetComponentValueCommand(
                m_document, id, mergeKey, [&](Component &c) { c = copy; },
                tr("Edit %1 of %2").arg(field->label, m_elementId)));
    } else {
        const auto *field = findField(integrationFields(), key);
        Integration copy = model.integrationList()[size_t(m_document->integrationIndex(m_elementId))];
        error = inInspectorWords(field->set(model, copy, value), *field);
        if (error.isEmpty() && key == QLatin1String("rate_limit.requests")) {
            // `requests` and `per` are both required in the file: the first number brings a
            // period along (shown, editable), removing the number removes the limit.
            if (copy.rateLimit && copy.rateLimit->requests && !copy.rateLimit->per)
                copy.rateLimit->per = RatePeriod::Second;
            if (copy.rateLimit && !copy.rateLimit->requests)
                copy.rateLimit.reset();
        }
        if (error.isEmpty())
            error = integrationProblem(model, copy);
        if (error.isEmpty())
            m_document->push(new SetIntegrationValueCommand(
                m_document, id, mergeKey, [&](Integration &i) { i = copy; },
                tr("Edit %1 of %2").arg(field->label, m_elementId)));
    }
    setError(key, error);
    return error.isEmpty();
}

bool ElementEditor::setListItemField(const QString &key, int row, const QString &field, const QVariant &value)
{
    QVariant list = this->value(key);
    if (key == QLatin1String("tags")) {
        QStringList tags = list.toStringList();
        if (row < 0 || row >= tags.size())
            return false;
        tags[row] = value.toString();
        return write(key, tags, QStringLiteral("%1[%2]").arg(key).arg(row));
    }
    QVariantList items = list.toList();
    if (row < 0 || row >= items.size())
        return false;
    QVariantMap item = items[row].toMap();
    item.insert(field, value);
    items[row] = item;
    // Typing in one item field merges; another field or item is another step.
    return write(key, items, QStringLiteral("%1[%2].%3").arg(key).arg(row).arg(field));
}

bool ElementEditor::addListItem(const QString &key, const QVariant &item)
{
    const QVariant list = value(key);
    if (key == QLatin1String("tags")) {
        QStringList tags = list.toStringList();
        tags << (item.isValid() ? item.toString() : QStringLiteral("tag"));
        return write(key, tags, QStringLiteral("%1#add%2").arg(key).arg(++m_addCount));
    }
    QVariantList items = list.toList();
    QVariantMap map = item.toMap();
    if (map.isEmpty()) {
        // A new item must already be valid: give it the required fields.
        if (key == QLatin1String("operations"))
            map.insert(QStringLiteral("name"), QStringLiteral("operation%1").arg(items.size() + 1));
        else if (key == QLatin1String("events"))
            map.insert(QStringLiteral("name"), QStringLiteral("event%1").arg(items.size() + 1));
        else if (key == QLatin1String("suppress")) {
            map.insert(QStringLiteral("rule"), toQ(ruleCatalog().empty() ? std::string_view() : ruleCatalog()[0].id));
            map.insert(QStringLiteral("reason"), tr("Accepted because …"));
        }
    }
    items << map;
    return write(key, items, QStringLiteral("%1#add%2").arg(key).arg(++m_addCount));
}

bool ElementEditor::removeListItem(const QString &key, int row)
{
    const QVariant list = value(key);
    if (key == QLatin1String("tags")) {
        QStringList tags = list.toStringList();
        if (row < 0 || row >= tags.size())
            return false;
        tags.removeAt(row);
        return write(key, tags, QStringLiteral("%1#remove%2").arg(key).arg(++m_addCount));
    }
    QVariantList items = list.toList();
    if (row < 0 || row >= items.size())
        return false;
    // Removing must not rewrite later items with the wrong unknown keys: go through the model.
    const std::string id = m_elementId.toStdString();
    auto erase = [row](auto &optList) {
        if (!optList)
            return;
        optList->erase(optList->begin() + row);
        if (optList->empty())
            optList.reset();
    };
    if (elementType() == QLatin1String("component")) {
        if (key != QLatin1String("suppress"))
            return false;
        m_document->push(new SetComponentValueCommand(
            m_document, id, key + QStringLiteral("#remove%1").arg(++m_addCount),
            [&](Component &c) { erase(c.suppress); }, tr("Remove suppression")));
    } else {
        m_document->push(new SetIntegrationValueCommand(
            m_document, id, key + QStringLiteral("#remove%1").arg(++m_addCount),
            [&](Integration &i) {
                if (key == QLatin1String("operations"))
                    erase(i.operations);
                else if (key == QLatin1String("events"))
                    erase(i.events);
                else
                    erase(i.suppress);
            },
            tr("Remove item")));
    }
    setError(key, {});
    return true;
}

QStringList ElementEditor::itemFields(const QString &key, const QVariantMap &item) const
{
    static const QStringList operations {
        QStringLiteral("name"),    QStringLiteral("method"),   QStringLiteral("path"),     QStringLiteral("kind"),
        QStringLiteral("request"), QStringLiteral("response"), QStringLiteral("critical"), QStringLiteral("errors")};
    static const QStringList events {QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("payload"),
                                     QStringLiteral("key"), QStringLiteral("critical")};
    static const QStringList suppressions {QStringLiteral("rule"), QStringLiteral("reason")};
    if (key == QLatin1String("events"))
        return events;
    if (key == QLatin1String("suppress"))
        return suppressions;
    if (key != QLatin1String("operations"))
        return {};
    const auto pattern = parseEnum<Pattern>(value(QStringLiteral("pattern")).toString().toStdString());
    if (!pattern)
        return operations;
    QStringList shown;
    for (const QString &field : operations) {
        const QVariant v = item.value(field);
        const bool set = v.isValid() && !v.isNull() && !v.toString().isEmpty();
        if (set || operationFieldApplies(*pattern, field.toStdString()))
            shown << field;
    }
    return shown;
}

QStringList ElementEditor::itemChoices(const QString &key, const QString &field) const
{
    QStringList schemas {QString()};
    if (m_document)
        for (const Schema &s : m_document->model().schemaList())
            schemas << toQ(s.name);
    if (key == QLatin1String("operations")) {
        if (field == QLatin1String("method"))
            return namesOf<HttpMethod>(true);
        if (field == QLatin1String("kind"))
            return namesOf<GraphqlKind>(true);
        if (field == QLatin1String("request") || field == QLatin1String("response"))
            return schemas;
    } else if (key == QLatin1String("events")) {
        if (field == QLatin1String("payload"))
            return schemas;
    } else if (key == QLatin1String("suppress") && field == QLatin1String("rule")) {
        QStringList rules;
        for (const RuleInfo &rule : ruleCatalog())
            rules << toQ(rule.id);
        return rules;
    }
    return {};
}

} // namespace seam
