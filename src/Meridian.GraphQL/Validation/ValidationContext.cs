using Meridian.Errors;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>
/// The state of one validation, shared by the visitors of all rules: the schema and document, the type information
/// of the walk's current position, the fragment and variable data computed once for every rule, and the errors.
/// </summary>
public sealed partial class ValidationContext
{
    private readonly TypeInfo _typeInfo;
    private readonly List<IError> _errors = [];

    internal ValidationContext(Schema schema, DocumentNode document, ValidationOptions options, CancellationToken cancellationToken)
    {
        Schema = schema;
        Document = document;
        Options = options;
        CancellationToken = cancellationToken;
        _typeInfo = new TypeInfo(schema);
        IndexDefinitions(document);
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public ValidationOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    /// <inheritdoc cref="TypeInfo.Type"/>
    public IType? Type => _typeInfo.Type;

    /// <inheritdoc cref="TypeInfo.ParentType"/>
    public INamedType? ParentType => _typeInfo.ParentType;

    /// <inheritdoc cref="TypeInfo.InputType"/>
    public IType? InputType => _typeInfo.InputType;

    /// <inheritdoc cref="TypeInfo.ParentInputType"/>
    public IType? ParentInputType => _typeInfo.ParentInputType;

    /// <inheritdoc cref="TypeInfo.FieldDefinition"/>
    public OutputField? FieldDefinition => _typeInfo.FieldDefinition;

    /// <inheritdoc cref="TypeInfo.DefaultValue"/>
    public IValueNode? DefaultValue => _typeInfo.DefaultValue;

    /// <inheritdoc cref="TypeInfo.Directive"/>
    public DirectiveType? Directive => _typeInfo.Directive;

    /// <inheritdoc cref="TypeInfo.Argument"/>
    public Argument? Argument => _typeInfo.Argument;

    /// <inheritdoc cref="TypeInfo.EnumValue"/>
    public EnumValue? EnumValue => _typeInfo.EnumValue;

    /// <summary>The errors reported so far, in order.</summary>
    public IReadOnlyList<IError> Errors => _errors;

    /// <summary>True once <see cref="ValidationOptions.MaxErrors"/> was reached: the walk stops and further errors are dropped.</summary>
    public bool IsAborted { get; private set; }

    /// <summary>The type a type reference stands for, or null when a named type is unknown.</summary>
    public IType? TypeFromSyntax(ITypeNode typeNode) => _typeInfo.TypeFromSyntax(typeNode);

    /// <summary>Adds an error; past <see cref="ValidationOptions.MaxErrors"/> adds the final "too many errors" error and aborts.</summary>
    public void ReportError(IError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (IsAborted)
        {
            return;
        }

        if (_errors.Count >= Math.Max(1, Options.MaxErrors))
        {
            _errors.Add(new Error(
                "Too many validation errors, error limit reached. Validation aborted.",
                ValidationErrorCodes.MaxErrorsExceeded));
            IsAborted = true;
            return;
        }

        _errors.Add(error);
    }

    /// <summary>Adds an error with its code, the specification section it breaks (null for limits beyond it) and the nodes it is about.</summary>
    public void ReportError(string message, string code, string? specifiedBy, params ReadOnlySpan<ISyntaxNode?> nodes)
    {
        if (IsAborted)
        {
            return;
        }

        var builder = ErrorBuilder.New().SetMessage(message).SetCode(code);
        foreach (var node in nodes)
        {
            builder.AddLocation(node);
        }

        if (specifiedBy is not null)
        {
            builder.SetExtension("specifiedBy", specifiedBy);
        }

        ReportError(builder.Build());
    }

    internal void Enter(ISyntaxNode node)
    {
        _typeInfo.Enter(node);
        TrackVariables(node, entering: true);
    }

    internal void Leave(ISyntaxNode node)
    {
        TrackVariables(node, entering: false);
        _typeInfo.Leave(node);
    }
}
