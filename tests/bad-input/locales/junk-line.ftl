this line is not fluent at all
