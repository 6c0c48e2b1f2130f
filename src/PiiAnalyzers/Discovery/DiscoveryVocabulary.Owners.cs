using System.Collections.Immutable;

namespace PiiAnalyzers.Discovery;

/// <summary>
/// The words of the type that declares a member, which say whose the member's value is: a person's (<c>Customer</c>), a
/// business's or a machine's (<c>Store</c>, <c>ServerNode</c>), a thing's (<c>ScheduledTask</c>, <c>CustomerGroup</c>), or
/// nobody's because the type is code or configuration (<c>EmailSender</c>, <c>SmtpOptions</c>). A type's name is read as an
/// English compound: its head, the last word that says what it is, decides (<c>CustomerGroup</c> is a group).
/// </summary>
public static partial class DiscoveryVocabulary
{
    /// <summary>
    /// Last words of a type name that make it configuration (<c>SmtpOptions</c>, <c>MailSettings</c>, <c>SettingsViewModel</c>,
    /// <c>PaymentConfigForm</c>): its members hold settings, not people's data, and are not reported.
    /// </summary>
    public static ImmutableHashSet<string> ConfigurationTypeWords { get; } = ImmutableHashSet.Create(
        "options", "settings", "setting", "config", "configuration", "configurations", "constants", "defaults", "peizhi");

    /// <summary>
    /// Last words of a type name that say how the type carries something, not what it is (<c>UserAddressFormViewModel</c>,
    /// <c>OrderShippedIntegrationEvent</c>, <c>CustomerDto</c>): left out when looking for the type's head.
    /// </summary>
    public static ImmutableHashSet<string> TypeRoleWords { get; } = ImmutableHashSet.Create(
        "view", "model", "models", "vm", "dto", "dtos", "form", "request", "response", "command", "query", "event", "events",
        "integration", "domain", "info", "information", "data", "item", "items", "entity", "entities", "record", "records",
        "details", "detail", "summary", "result", "results", "input", "output", "args", "message", "payload", "entry",
        "object", "obj", "resource", "contract", "snapshot", "vo", "po", "bo", "base", "impl", "list", "edit", "create",
        "update", "search", "export", "import", "row", "json", "xml", "document", "doc", "wrapper", "reference", "ref");

    /// <summary>
    /// Last words of a type name that a view model or form around configuration ends with (<c>SettingsViewModel</c>,
    /// <c>PaymentConfigForm</c>), skipped before <see cref="ConfigurationTypeWords"/> is looked for. Not <c>view</c> alone:
    /// <c>CustomerOptionsView</c> shows a customer's choices.
    /// </summary>
    public static ImmutableHashSet<string> ConfigurationWrapperWords { get; } = ImmutableHashSet.Create("form", "vm", "viewmodel", "dto", "model");

    /// <summary>
    /// Heads of type names that are things, not people: a task's, a file's or a customer group's <c>Name</c> or
    /// <c>FullName</c> names the thing. Members named for a person still are (<c>ScheduledTask.OwnerName</c>).
    /// </summary>
    public static ImmutableHashSet<string> ThingTypeWords { get; } = ImmutableHashSet.Create(
        "task", "tasks", "job", "jobs", "schedule", "schedules", "trigger", "triggers", "file", "files", "folder", "folders",
        "directory", "directories", "dir", "path", "group", "groups", "category", "categories", "role", "roles", "tag", "tags",
        "label", "labels", "template", "templates", "plugin", "plugins", "extension", "library", "libraries", "channel",
        "channels", "theme", "themes", "manifest", "package", "packages", "assembly", "type", "types", "namespace", "class",
        "method", "property", "field", "column", "table", "schema", "queue", "topic", "project", "projects",
        "workspace", "collection", "collections", "playlist", "album", "genre", "studio", "series", "season", "episode",
        "movie", "book", "brand", "feature", "permission", "permissions", "policy", "rule", "rules", "environment", "region",
        "zone", "country", "language", "culture", "locale", "currency", "unit", "device", "devices", "disk", "drive",
        "volume", "printer", "camera", "sensor", "report", "reports", "attachment", "image", "media", "stream", "track", "certificate", "key", "token", "secret", "claim",
        "scope", "api", "network", "subnet", "cluster", "instance", "process", "thread", "webhook", "campaign", "segment",
        "workflow", "step", "stage", "status", "kind", "option", "choice", "attribute", "variant", "catalog", "slot", "tier", "plan", "level", "badge", "coupon",
        "discount", "promotion", "voucher", "tax", "rate", "price", "shipment", "carrier", "database", "db", "storage",
        "bucket", "blob", "container", "team", "department", "area", "subject", "reason");

    /// <summary>
    /// Person words that name a thing when another noun stands before them (<c>DeviceProfile</c>, <c>StorageAccount</c>,
    /// <c>ExperienceProfile</c>); alone or after a person or qualifier word they still name a person (<c>UserProfile</c>).
    /// </summary>
    public static ImmutableHashSet<string> AmbiguousPersonWords { get; } = ImmutableHashSet.Create(
        "profile", "profiles", "account", "accounts");

    /// <summary>
    /// Categories that a thing's name or picture is taken for: in a type whose head is a <see cref="ThingTypeWords"/> word,
    /// they are reported only when the member's name names a person.
    /// </summary>
    public static ImmutableHashSet<string> ThingOwnedCategories { get; } = ImmutableHashSet.Create(
        "profile.name", "profile.nickname", "profile.avatar", "media.photo");

    /// <summary>
    /// Words in a type's name that make it a business, a place or a machine (<c>Store</c>, <c>Company</c>, <c>ServerNode</c>):
    /// its phone, email and address are not a person's, so its members are reported only when a word before the term
    /// names a person (<c>Store.ManagerPhone</c> is not, <c>Company.ContactEmail</c> is). A person word after it in the
    /// type's name wins (<c>OrganizationUser</c>, <c>CompanyContact</c>).
    /// </summary>
    public static ImmutableHashSet<string> BusinessTypeWords { get; } = ImmutableHashSet.Create(
        "store", "shop", "warehouse", "company", "merchant", "branch", "office", "venue", "hotel", "restaurant",
        "organization", "organisation", "org", "vendor", "supplier", "server", "host", "endpoint", "site", "facility",
        "station", "airport", "bank", "school", "hospital", "job", "vacancy", "posting", "position", "node", "peer", "proxy",
        "gateway", "listener", "socket", "service", "tenant", "product", "sku",
        "mendian", "gongsi", "shangjia", "shanghu", "dianpu");

    /// <summary>
    /// Last words of a type name that make it code that handles data rather than holds it (<c>EmailSender</c>,
    /// <c>CustomerService</c>, <c>UserRepository</c>, <c>NetworkManager</c>): its fields are settings and dependencies, so
    /// none of its members is reported, whatever the names say.
    /// </summary>
    public static ImmutableHashSet<string> ServiceTypeWords { get; } = ImmutableHashSet.Create(
        "service", "services", "handler", "provider", "repository", "repo", "controller", "factory", "builder",
        "middleware", "processor", "sender", "notifier", "mailer", "helper", "validator", "mapper", "adapter", "connector",
        "dispatcher", "publisher", "listener", "reader", "writer", "hub", "filter", "module", "extensions", "generator",
        "analyzer", "resolver", "formatter", "serializer", "store", "cache", "manager", "scheduler", "runner", "executor",
        "engine", "loader", "parser", "logger", "scanner", "watcher", "detector", "converter", "encoder", "decoder");
}
