using System.Reflection;
using Meridian.Execution;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>
/// Hot Chocolate's mutation conventions (errors as data). A mutation's argument parameters become the fields of
/// <c>{Name}Input</c>, passed as one <c>input</c> argument; its result goes into <c>{Name}Payload</c> under the
/// camelCased name of the result's type; exceptions declared with <see cref="ErrorAttribute"/> become error objects
/// (implementing <c>interface Error { message: String! }</c>) in the payload's <c>errors: [{Name}Error!]</c> union
/// list, while other exceptions stay top-level errors.
/// </summary>
internal static class MutationConventions
{
    public const string ErrorInterfaceName = "Error";

    public static void Apply(DescriptorContext context)
    {
        if (context.Options.MutationConventions is not { } options || !context.TryGetObjectType(MutationTypeName(context), out var mutation))
        {
            return;
        }

        foreach (var field in mutation.Fields.ToArray())
        {
            if (!field.IsIgnored && field.Member is MethodInfo method && Applies(method, options))
            {
                ApplyTo(context, field, method, options);
            }
        }
    }

    private static string MutationTypeName(DescriptorContext context) =>
        context.Schema.MutationTypeName ?? context.Schema.Options.MutationTypeName;

    private static bool Applies(MethodInfo method, MutationConventionOptions options) =>
        method.GetCustomAttribute<UseMutationConventionAttribute>() is { } marked ? !marked.Disable : options.ApplyToAllMutations;

    private static void ApplyTo(DescriptorContext context, ObjectFieldDefinition field, MethodInfo method, MutationConventionOptions options)
    {
        var mutationName = NameFormatter.ToPascalCase(field.Name);
        var definition = new MutationDefinition();
        field.Mutation = definition;
        WrapInput(context, field, mutationName, options, definition);
        var errors = CreateErrors(context, method, mutationName, options);
        WrapPayload(context, field, mutationName, options, errors, definition);
    }

    private static void WrapInput(DescriptorContext context, ObjectFieldDefinition field, string mutationName, MutationConventionOptions options, MutationDefinition definition)
    {
        var inputName = options.InputTypeNamePattern.Replace("{MutationName}", mutationName, StringComparison.Ordinal);
        var arguments = field.Arguments.Where(a => a.Parameter is not null).ToList();
        if (arguments.Count == 0 || (arguments.Count == 1 && arguments[0].Type.NamedTypeName == inputName))
        {
            return;
        }

        var input = context.GetOrAddType(inputName, name => new InputObjectTypeConfiguration(name));
        if (input.Fields.Count > 0)
        {
            context.ReportError($"The mutation convention needs the input type name \"{inputName}\" for {field}, but it is taken.", inputName);
            return;
        }

        foreach (var argument in arguments)
        {
            input.Fields.Add(ToInputField(argument));
            var converter = context.Converter.Get(argument.RuntimeType!, argument.Id);
            definition.InputReaders[argument.Parameter!] = new InputFieldArgumentReader(options.InputArgumentName, argument.Name, converter);
            field.Arguments.Remove(argument);
        }

        field.Arguments.Insert(0, new ArgumentDefinition(options.InputArgumentName, TypeReference.Named(inputName).NonNull()));
    }

    private static InputFieldConfiguration ToInputField(ArgumentDefinition argument)
    {
        var source = argument.Configuration;
        var field = new InputFieldConfiguration(source.Name, source.Type)
        {
            Description = source.Description,
            DeprecationReason = source.DeprecationReason,
            DefaultValue = source.DefaultValue,
        };
        if (source.HasRuntimeDefaultValue)
        {
            field.RuntimeDefaultValue = source.RuntimeDefaultValue;
        }

        field.Directives.AddRange(source.Directives);
        return field;
    }

    private static (string UnionName, ErrorMapping Mapping)? CreateErrors(DescriptorContext context, MethodInfo method, string mutationName, MutationConventionOptions options)
    {
        var declared = method.GetCustomAttributes<ErrorAttribute>().Select(a => a.ErrorType).Distinct().ToList();
        if (declared.Count == 0)
        {
            return null;
        }

        var errorInterface = context.GetOrAddType(ErrorInterfaceName, name => new InterfaceTypeConfiguration(name)
        {
            Description = "An error a mutation returns as data.",
        });
        if (errorInterface.FindField("message") is null)
        {
            errorInterface.Fields.Add(new FieldConfiguration("message", TypeReference.Parse("String!")) { Description = "What went wrong." });
        }

        var unionName = options.PayloadErrorTypeNamePattern.Replace("{MutationName}", mutationName, StringComparison.Ordinal);
        var union = context.GetOrAddType(unionName, name => new UnionTypeConfiguration(name));
        var mappings = new List<(Type, Func<Exception, object>)>();
        foreach (var errorType in declared)
        {
            if (ErrorTypes.Create(context, errorType) is not { } error)
            {
                continue;
            }

            if (!error.Type.Configuration.Interfaces.Exists(i => i.NamedTypeName == ErrorInterfaceName))
            {
                error.Type.Configuration.Interfaces.Add(TypeReference.Named(ErrorInterfaceName));
            }

            union.Types.Add(TypeReference.Named(error.Type.Name));
            mappings.Add((error.ExceptionType, error.Create));
        }

        return (unionName, new ErrorMapping(mappings));
    }

    private static void WrapPayload(
        DescriptorContext context,
        ObjectFieldDefinition field,
        string mutationName,
        MutationConventionOptions options,
        (string UnionName, ErrorMapping Mapping)? errors,
        MutationDefinition definition)
    {
        var payloadName = options.PayloadTypeNamePattern.Replace("{MutationName}", mutationName, StringComparison.Ordinal);
        var resultType = field.Type;
        var wrapsResult = resultType.NamedTypeName != payloadName;
        if (!wrapsResult && errors is null)
        {
            return;
        }

        if (wrapsResult)
        {
            var payload = context.GetOrAddType(payloadName, name => new ObjectTypeConfiguration(name));
            if (payload.Fields.Count > 0)
            {
                context.ReportError($"The mutation convention needs the payload type name \"{payloadName}\" for {field}, but it is taken.", payloadName);
                return;
            }

            payload.Fields.Add(new FieldConfiguration(NameFormatter.ToCamelCase(resultType.NamedTypeName), TypeReferences.Nullable(resultType))
            {
                PureResolver = static ctx => ctx.Parent<MutationPayload>().Result,
            });
            if (errors is { } declared)
            {
                payload.Fields.Add(new FieldConfiguration(options.PayloadErrorsFieldName, TypeReference.Named(declared.UnionName).NonNull().List())
                {
                    PureResolver = static ctx => ctx.Parent<MutationPayload>().Errors,
                });
            }

            field.Type = TypeReference.Named(payloadName).NonNull();
        }

        definition.Middleware = CreateMiddleware(wrapsResult, errors?.Mapping);
    }

    private static FieldMiddleware CreateMiddleware(bool wrapsResult, ErrorMapping? mapping) => next => async context =>
    {
        try
        {
            await next(context).ConfigureAwait(false);
            if (wrapsResult)
            {
                context.Result = new MutationPayload(context.Result, null);
            }
        }
        catch (Exception exception) when (mapping is not null && mapping.TryMap(exception, out var errors))
        {
            context.Result = new MutationPayload(null, errors);
        }
    };
}
