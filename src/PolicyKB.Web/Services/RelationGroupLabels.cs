using PolicyKB.Facts;
using PolicyKB.Web.Models;

namespace PolicyKB.Web.Services;

/// <summary>The Vietnamese heading of each "Lược đồ" group, and which group a stated relation falls in.</summary>
public static class RelationGroupLabels
{
    private static readonly Dictionary<RelationGroupKind, string> Labels = new()
    {
        [RelationGroupKind.Basis] = "Căn cứ",
        [RelationGroupKind.Implements] = "Văn bản được thực hiện",
        [RelationGroupKind.Guides] = "Văn bản được hướng dẫn",
        [RelationGroupKind.Repeals] = "Văn bản bị bãi bỏ",
        [RelationGroupKind.Replaces] = "Văn bản bị thay thế",
        [RelationGroupKind.Amends] = "Văn bản được sửa đổi, bổ sung",
        [RelationGroupKind.Cites] = "Văn bản được dẫn chiếu",
        [RelationGroupKind.ImplementedBy] = "Văn bản thực hiện văn bản này",
        [RelationGroupKind.GuidedBy] = "Văn bản hướng dẫn văn bản này",
        [RelationGroupKind.RepealedBy] = "Văn bản bãi bỏ văn bản này",
        [RelationGroupKind.ReplacedBy] = "Văn bản thay thế văn bản này",
        [RelationGroupKind.AmendedBy] = "Văn bản sửa đổi, bổ sung văn bản này",
    };

    /// <summary>The group's heading.</summary>
    public static string Of(RelationGroupKind kind) => Labels[kind];

    /// <summary>The group of a relation this document states (one of <see cref="RelationKinds"/>).</summary>
    public static RelationGroupKind Outgoing(string relation) => relation switch
    {
        RelationKinds.Repeals => RelationGroupKind.Repeals,
        RelationKinds.Replaces => RelationGroupKind.Replaces,
        RelationKinds.Amends => RelationGroupKind.Amends,
        RelationKinds.Guides => RelationGroupKind.Guides,
        // "Áp dụng" is read as carrying out the target, like "thực hiện".
        _ => RelationGroupKind.Implements,
    };

    /// <summary>The group of a relation another document states about this one.</summary>
    public static RelationGroupKind Incoming(string relation) => relation switch
    {
        RelationKinds.Repeals => RelationGroupKind.RepealedBy,
        RelationKinds.Replaces => RelationGroupKind.ReplacedBy,
        RelationKinds.Amends => RelationGroupKind.AmendedBy,
        RelationKinds.Guides => RelationGroupKind.GuidedBy,
        _ => RelationGroupKind.ImplementedBy,
    };
}
