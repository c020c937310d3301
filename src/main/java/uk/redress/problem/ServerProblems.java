package uk.redress.problem;

/** Plain words for the statuses the server answers on its own, with nothing taken from the request. */
final class ServerProblems {

    private ServerProblems() {
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be understood: check its address, characters and format";
            case 401 -> "Sign in with your Redress staff user name and password";
            case 403 -> "You may not do this";
            case 404 -> "There is nothing here";
            case 405 -> "This address does not accept that method";
            case 406 -> "This address answers in JSON (application/json) only";
            case 413 -> "The request is too large";
            case 414 -> "The address is too long";
            case 415 -> "Send JSON (Content-Type: application/json)";
            case 431 -> "The request's headers are too large";
            default -> status >= 500 ? "Something went wrong on our side; nothing was changed by this request"
                    : "The request was refused";
        };
    }
}
