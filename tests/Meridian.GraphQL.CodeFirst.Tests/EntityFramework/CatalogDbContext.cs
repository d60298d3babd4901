using System.Text;
using Meridian.GraphQL.CodeFirst.Tests.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Meridian.GraphQL.CodeFirst.Tests.EntityFramework;

/// <summary>The catalog in PostgreSQL, with snake_case names so that the captured SQL reads plainly.</summary>
public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public DbSet<Brand> Brands => Set<Brand>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Review> Reviews => Set<Review>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Brand>().ToTable("brands").Property(b => b.Id).ValueGeneratedNever();
        modelBuilder.Entity<Review>().ToTable("reviews").Property(r => r.Id).ValueGeneratedNever();
        modelBuilder.Entity<Product>(product =>
        {
            product.ToTable("products");
            product.Property(p => p.Id).ValueGeneratedNever();
            product.HasOne(p => p.Brand).WithMany(b => b.Products).HasForeignKey(p => p.BrandId);
            product.HasMany(p => p.Reviews).WithOne(r => r.Product).HasForeignKey(r => r.ProductId);
            product.HasIndex(p => new { p.Price, p.Name, p.Id });
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }
        }
    }

    private static string ToSnakeCase(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
