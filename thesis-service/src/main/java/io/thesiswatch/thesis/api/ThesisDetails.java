package io.thesiswatch.thesis.api;

import java.time.LocalDate;
import java.util.List;

import io.thesiswatch.thesis.domain.Layer;
import io.thesiswatch.thesis.domain.Stance;

/** What a thesis says, as a client writes it: the same fields when it is created and when it is replaced. */
public interface ThesisDetails {

    String TITLE = "What the thesis claims; leading and trailing spaces are dropped";
    String COMPANIES = "Codes of companies (not groups) that exist in company-service; repeats are dropped";
    String CONVICTION = "1 (low) to 5 (high)";

    String title();

    String summary();

    Stance stance();

    Layer layer();

    List<String> companies();

    Integer conviction();

    LocalDate horizon();
}
