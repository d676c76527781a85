package steepest.problems;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A benchmark suite as COCO defines one: numbered functions, each in several dimensions and several
 * instances, every problem one spec of a single catalog entry whose keys name the three, e.g. COCO's
 * {@code bbob} suite is {@code bbob:f=k,d=n,instance=i}. An experiment selects problems from a suite
 * by lists of functions, dimensions and instances (and optionally tags) instead of spelling out every
 * spec; the functions' tags are known here without building anything, so {@code list problems --tag}
 * can show them per function.
 *
 * @param name          the suite's name in experiment files ({@code suite: bbob})
 * @param entry         the catalog entry every problem of the suite is a spec of
 * @param functionKey   the entry's key of the function number
 * @param dimensionKey  the entry's key of the dimension
 * @param instanceKey   the entry's key of the instance number
 * @param functions     the functions, numbered 1, 2, ... in order
 * @param minDimension  the smallest dimension
 * @param maxDimension  the largest dimension
 * @param maxInstance   the largest instance number (the smallest is 1)
 */
public record Suite(String name, String entry, String functionKey, String dimensionKey, String instanceKey,
                    List<Function> functions, int minDimension, int maxDimension, int maxInstance) {

    /** Requires every part, functions numbered 1, 2, ... and sensible bounds; copies the list. */
    public Suite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(functionKey, "functionKey");
        Objects.requireNonNull(dimensionKey, "dimensionKey");
        Objects.requireNonNull(instanceKey, "instanceKey");
        functions = List.copyOf(functions);
        for (int i = 0; i < functions.size(); i++) {
            if (functions.get(i).number() != i + 1) {
                throw new IllegalArgumentException("suite " + name + ": function " + (i + 1) + " is numbered "
                        + functions.get(i).number());
            }
        }
        if (functions.isEmpty() || minDimension < 1 || maxDimension < minDimension || maxInstance < 1) {
            throw new IllegalArgumentException("suite " + name + " needs functions, 1 <= minDimension <= maxDimension"
                    + " and maxInstance >= 1");
        }
    }

    /**
     * One function of a suite.
     *
     * @param number the function's number, from 1
     * @param title  its name, as the suite's documentation gives it
     * @param tags   the tags every instance of it carries, in every dimension
     */
    public record Function(int number, String title, Set<Tag> tags) {

        /** Copies the tags. */
        public Function {
            Objects.requireNonNull(title, "title");
            tags = tags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tags));
        }
    }

    /**
     * The spec of one problem of the suite.
     *
     * @param function  the function number, 1 to {@code functions().size()}
     * @param dimension the dimension
     * @param instance  the instance number
     */
    public String spec(int function, int dimension, int instance) {
        return entry + ":" + functionKey + "=" + function + "," + dimensionKey + "=" + dimension + ","
                + instanceKey + "=" + instance;
    }
}
