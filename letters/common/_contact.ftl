<#-- How to reach the council: included at the end of every letter to a complainant. -->
If you have any questions, please contact the ${council.team}<#if council.phone?has_content> on ${council.phone}</#if><#if council.email?has_content>, or email ${council.email}</#if>, quoting your reference ${complaint.reference}.

${council.otherFormats}

Yours sincerely

${council.signOff}
