namespace PolicyKB.Facts;

/// <summary>An agency that tasks name, with how many tasks it leads and cooperates on, across the store.</summary>
/// <param name="Name">The canonical name ("Sở Y tế"; "SYT" is read as the same agency).</param>
/// <param name="Lead">Tasks the agency leads (chủ trì).</param>
/// <param name="Cooperating">Tasks the agency cooperates on (phối hợp).</param>
/// <param name="Documents">Documents that assign it a task.</param>
public sealed record AgencySummary(string Name, int Lead, int Cooperating, int Documents);
