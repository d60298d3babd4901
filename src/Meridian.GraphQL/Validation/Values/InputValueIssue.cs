using Meridian.Language;

namespace Meridian.Validation;

/// <summary>One problem found in an input literal: its kind, graphql-js's message, and the node it concerns.</summary>
public readonly record struct InputValueIssue(InputValueIssueKind Kind, string Message, ISyntaxNode Node);
