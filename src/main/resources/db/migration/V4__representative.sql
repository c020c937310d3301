-- A Councillor, MP or other person acting for the complainant, kept informed and copied every letter (issue #14).
create table representative (
    complaint_reference varchar(40)   not null primary key,
    name                varchar(200)  not null,
    role                varchar(200),
    email               varchar(320),
    address             varchar(1000)
);
