using System.Reflection;

namespace PolicyKB.Answering.Llm;

/// <summary>The fixed Vietnamese prompts, kept as embedded resources so no configuration or document can change them.</summary>
public static class PromptTemplates
{
    /// <summary>The system prompt (Prompts/system.txt).</summary>
    public static string System { get; } = Load("system.txt");

    /// <summary>The question message template (Prompts/question.txt) with {{question}} and {{sources}}.</summary>
    public static string Question { get; } = Load("question.txt");

    private static string Load(string name)
    {
        using var stream = typeof(PromptTemplates).Assembly.GetManifestResourceStream("PolicyKB.Answering.Prompts." + name)
            ?? throw new InvalidOperationException($"Prompt resource {name} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n").Trim();
    }
}
