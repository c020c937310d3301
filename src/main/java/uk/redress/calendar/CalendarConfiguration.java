package uk.redress.calendar;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.redress.engine.EngineClock;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    Clock engineClock(CalendarProperties properties) {
        return new EngineClock(properties.zone());
    }

    @Bean
    BankHolidays bankHolidays(CalendarProperties properties) {
        return new BankHolidays(properties);
    }

    @Bean
    WorkingDayCalendar workingDayCalendar(BankHolidays bankHolidays, CalendarProperties properties, Clock clock) {
        return new WorkingDayCalendar(bankHolidays, properties.zone(), clock);
    }
}
