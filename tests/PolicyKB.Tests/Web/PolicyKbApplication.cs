namespace PolicyKB.Tests.Web;

/// <summary>The host as deployed by default: reads open, writes behind the key.</summary>
public sealed class PolicyKbApplication : PolicyKbApplicationBase;
