package uk.redress.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import uk.redress.problem.InvalidInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "When is day 20?" for staff, with the same arithmetic the deadlines use. */
@RestController

@RequestMapping("/api/calendar")
class WorkingDaysController {

    private static final LocalDate EARLIEST = LocalDate.of(1975, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private final WorkingDayCalendar calendar;

    WorkingDaysController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    record WorkingDayAnswer(LocalDate date) {
    }

    @GetMapping("/working-days")
    WorkingDayAnswer workingDays(
            @RequestParam @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @NotNull @Min(0) @Max(WorkingDayCalendar.MAX_WORKING_DAYS) Integer add) {
        if (from.isBefore(EARLIEST) || from.isAfter(LATEST)) {
            throw InvalidInput.of("from", "must be between " + EARLIEST + " and " + LATEST);
        }
        return new WorkingDayAnswer(calendar.addWorkingDays(from, add));
    }
}
