namespace Meridian.CodeFirst.Data;

/// <summary>The page-size settings <c>[UsePaging]</c> and <c>[UseOffsetPaging]</c> share; unset ones come from <see cref="PagingOptions"/>.</summary>
public abstract class PagingAttributeBase : ObjectFieldDescriptorAttribute
{
    private int? _defaultPageSize;
    private int? _maxPageSize;
    private bool? _includeTotalCount;
    private bool? _requirePagingBoundaries;

    protected PagingAttributeBase(int order)
        : base(order)
    {
    }

    public int DefaultPageSize
    {
        get => _defaultPageSize ?? 0;
        set => _defaultPageSize = value;
    }

    public int MaxPageSize
    {
        get => _maxPageSize ?? 0;
        set => _maxPageSize = value;
    }

    public bool IncludeTotalCount
    {
        get => _includeTotalCount ?? false;
        set => _includeTotalCount = value;
    }

    public bool RequirePagingBoundaries
    {
        get => _requirePagingBoundaries ?? false;
        set => _requirePagingBoundaries = value;
    }

    private protected PagingSettings GetSettings(IDescriptorContext context, bool? allowBackward = null) =>
        PagingSettings.Create(DataOptions.Of(context.Options).Paging, _defaultPageSize, _maxPageSize, _includeTotalCount, _requirePagingBoundaries, allowBackward);

    /// <summary>The type-name stem of the page types: the given name, else the field's name in PascalCase (Hot Chocolate's rule).</summary>
    private protected static string GetTypeStem(IObjectFieldDescriptor descriptor, string? name) =>
        string.IsNullOrEmpty(name) ? char.ToUpperInvariant(descriptor.Definition.Name[0]) + descriptor.Definition.Name[1..] : name;
}
