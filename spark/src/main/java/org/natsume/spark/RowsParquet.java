package org.natsume.spark;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.natsume.sweep.RowCsv;
import org.natsume.sweep.SweepPlan;

/**
 * {@code rows.parquet}: the rows of {@code rows.csv} as a typed table — {@code cell} int, one string column per
 * axis, {@code run} int, {@code seed} long, {@code status} string, one double per metric (null for a failed run),
 * {@code error} string — built from the very fields the CSV holds, so both say the same.
 */
final class RowsParquet {

    private RowsParquet() {
    }

    static StructType schema(SweepPlan plan) {
        List<StructField> f = new ArrayList<>();
        List<String> header = RowCsv.header(plan);
        int axes = plan.axisNames().size();
        for (int i = 0; i < header.size(); i++) {
            f.add(DataTypes.createStructField(header.get(i), type(i, axes, header.size()), i > axes + 3));
        }
        return DataTypes.createStructType(f);
    }

    private static DataType type(int column, int axes, int columns) {
        if (column == 0 || column == axes + 1) {
            return DataTypes.IntegerType;
        }
        if (column == axes + 2) {
            return DataTypes.LongType;
        }
        if (column > axes + 3 && column < columns - 1) {
            return DataTypes.DoubleType;
        }
        return DataTypes.StringType;
    }

    static void write(SparkSession spark, SweepPlan plan, List<List<String>> rows, String uri) {
        StructType schema = schema(plan);
        List<Row> out = new ArrayList<>(rows.size());
        for (List<String> r : rows) {
            Object[] v = new Object[r.size()];
            for (int i = 0; i < v.length; i++) {
                String s = r.get(i);
                DataType t = schema.fields()[i].dataType();
                v[i] = t == DataTypes.IntegerType ? Integer.valueOf(s)
                        : t == DataTypes.LongType ? Long.valueOf(s)
                        : t == DataTypes.DoubleType ? (s.isEmpty() ? null : Double.valueOf(s)) : s;
            }
            out.add(RowFactory.create(v));
        }
        spark.createDataFrame(out, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(uri);
    }
}
