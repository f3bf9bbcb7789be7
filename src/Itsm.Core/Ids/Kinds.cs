namespace Itsm.Core.Ids;

/// <summary>The kinds of record and reference the SDK's packages identify, for <see cref="Id{TKind}"/>.</summary>
/// <remarks>A host writes, for example, <c>using IncidentId = Itsm.Core.Ids.Id&lt;Itsm.Core.Ids.Kinds.Incident&gt;;</c>.</remarks>
public static class Kinds
{
    /// <summary>An incident.</summary>
    public sealed class Incident : IIdKind
    {
        private Incident()
        {
        }

        /// <inheritdoc />
        public static string Name => "incident";
    }

    /// <summary>A service request.</summary>
    public sealed class ServiceRequest : IIdKind
    {
        private ServiceRequest()
        {
        }

        /// <inheritdoc />
        public static string Name => "service request";
    }

    /// <summary>A problem.</summary>
    public sealed class Problem : IIdKind
    {
        private Problem()
        {
        }

        /// <inheritdoc />
        public static string Name => "problem";
    }

    /// <summary>A known error.</summary>
    public sealed class KnownError : IIdKind
    {
        private KnownError()
        {
        }

        /// <inheritdoc />
        public static string Name => "known error";
    }

    /// <summary>A change.</summary>
    public sealed class Change : IIdKind
    {
        private Change()
        {
        }

        /// <inheritdoc />
        public static string Name => "change";
    }

    /// <summary>A standard change template: a pre-authorised, repeatable change.</summary>
    public sealed class ChangeTemplate : IIdKind
    {
        private ChangeTemplate()
        {
        }

        /// <inheritdoc />
        public static string Name => "change-template";
    }

    /// <summary>A service in the catalogue of services.</summary>
    public sealed class Service : IIdKind
    {
        private Service()
        {
        }

        /// <inheritdoc />
        public static string Name => "service";
    }

    /// <summary>A configuration item.</summary>
    public sealed class ConfigurationItem : IIdKind
    {
        private ConfigurationItem()
        {
        }

        /// <inheritdoc />
        public static string Name => "configuration item";
    }

    /// <summary>A release: a set of authorised changes built, tested, accepted and deployed together.</summary>
    public sealed class Release : IIdKind
    {
        private Release()
        {
        }

        /// <inheritdoc />
        public static string Name => "release";
    }

    /// <summary>A configuration baseline: an immutable snapshot of a set of configuration items at an instant.</summary>
    public sealed class Baseline : IIdKind
    {
        private Baseline()
        {
        }

        /// <inheritdoc />
        public static string Name => "baseline";
    }

    /// <summary>An internal audit.</summary>
    public sealed class Audit : IIdKind
    {
        private Audit()
        {
        }

        /// <inheritdoc />
        public static string Name => "audit";
    }

    /// <summary>A service management process (incident management, change management...), as audits and programmes scope them.</summary>
    public sealed class Process : IIdKind
    {
        private Process()
        {
        }

        /// <inheritdoc />
        public static string Name => "process";
    }

    /// <summary>A nonconformity: a requirement not fulfilled, with its correction and corrective action.</summary>
    public sealed class Nonconformity : IIdKind
    {
        private Nonconformity()
        {
        }

        /// <inheritdoc />
        public static string Name => "nonconformity";
    }

    /// <summary>An improvement in the service improvement plan.</summary>
    public sealed class Improvement : IIdKind
    {
        private Improvement()
        {
        }

        /// <inheritdoc />
        public static string Name => "improvement";
    }

    /// <summary>A management review.</summary>
    public sealed class ManagementReview : IIdKind
    {
        private ManagementReview()
        {
        }

        /// <inheritdoc />
        public static string Name => "management review";
    }

    /// <summary>An item of the request catalogue.</summary>
    public sealed class CatalogueItem : IIdKind
    {
        private CatalogueItem()
        {
        }

        /// <inheritdoc />
        public static string Name => "catalogue item";
    }

    /// <summary>A customer.</summary>
    public sealed class Customer : IIdKind
    {
        private Customer()
        {
        }

        /// <inheritdoc />
        public static string Name => "customer";
    }

    /// <summary>A support group (assignment group).</summary>
    public sealed class Group : IIdKind
    {
        private Group()
        {
        }

        /// <inheritdoc />
        public static string Name => "group";
    }

    /// <summary>A controlled document (its identity; its revisions belong to it).</summary>
    public sealed class Document : IIdKind
    {
        private Document()
        {
        }

        /// <inheritdoc />
        public static string Name => "document";
    }

    /// <summary>An external document (a law, a standard, a customer document).</summary>
    public sealed class ExternalDocument : IIdKind
    {
        private ExternalDocument()
        {
        }

        /// <inheritdoc />
        public static string Name => "external document";
    }

    /// <summary>A record (evidence of an activity, kept under a retention policy).</summary>
    public sealed class Record : IIdKind
    {
        private Record()
        {
        }

        /// <inheritdoc />
        public static string Name => "record";
    }
}
