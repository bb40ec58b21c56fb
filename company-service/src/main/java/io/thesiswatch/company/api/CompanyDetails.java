package io.thesiswatch.company.api;

import java.util.List;

import io.thesiswatch.company.domain.Layer;

/** What a company's create and update requests both say about it: the state the service applies. */
public interface CompanyDetails {

    /** The shape of a nominal fiscal year end; the service also refuses days no year has, and 02-29. */
    String FISCAL_YEAR_END = "[0-9]{2}-[0-9]{2}";
    String FISCAL_YEAR_END_NAMING = "Fiscal years are named by the calendar year they end in; a year ending 1-7 "
            + "January takes the previous year's name. The SEC importer sets it from the filings.";

    String name();

    String exchange();

    String country();

    Layer layer();

    List<String> tags();

    String description();

    String fiscalYearEnd();
}
