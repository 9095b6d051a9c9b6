namespace PolicyKB.Answering;

/// <summary>A question that cannot be answered as asked (empty, too long, bad session id); the message is Vietnamese.</summary>
public sealed class AnsweringException(string message) : Exception(message);
