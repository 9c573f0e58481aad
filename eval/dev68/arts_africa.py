"""Items of eval/dev68 (written blind; see README.md).

Schoolchildren abducted in Nigeria and freed, Chibok, mass trials, migrants intercepted,
held and returned from Libya, prison breaks (Makala, Maputo, Goma), Ethiopia, Sudan, Uganda,
Burkina Faso, Mozambique, Cameroon, Eritrea.
"""

from figset import F

F(
    "Gunmen abduct hundreds from school in Nigeria's Kaduna state",
    "Gunmen on motorcycles stormed a school in Kuriga, in northwest Nigeria's Kaduna state,"
    " on Thursday and abducted"
    " [[287 pupils and teachers|kidnapped;n=pupils and teachers;a=the head teacher]], the"
    " head teacher told reporters. [[Twenty-five|kidnapped;a=the head teacher]] later"
    " escaped, he said. The state governor later put the number still held at"
    " [[137|kidnapped;a=The state governor]].",
)

F(
    "Kidnapped Kaduna pupils freed after more than two weeks",
    "[[All 137 pupils|kidnapped;a=Kaduna state governor Uba Sani]] abducted from their"
    " school in Kuriga have been freed, Kaduna state governor Uba Sani said on Sunday, {{16"
    " days}} after the attack. The military said troops had rescued them in neighbouring"
    " Zamfara state, and that [[one teacher|killed;a=The military]] had died in captivity.",
)

F(
    "Nigeria says 344 abducted schoolboys freed",
    "Katsina state governor Aminu Bello Masari said"
    " [[344 schoolboys|kidnapped;a=Katsina state governor Aminu Bello Masari]] abducted"
    " from a government secondary school in Kankara had been freed and were on their way to"
    " the state capital, {{six days}} after the attack. The school had"
    " [[more than 800 students|civilians]] when gunmen stormed it on {{December 11}}.",
)

F(
    "Gunmen seize hundreds of schoolgirls in Zamfara",
    "Zamfara state police said gunmen had abducted"
    " [[317 girls|kidnapped;a=Zamfara state police]] from a government school in Jangebe"
    " before dawn on Friday. The state government later put the number at"
    " [[279|kidnapped;a=The state government]] and said all had been released on Tuesday."
    " UNICEF said it was the {{third}} mass abduction from a Nigerian school since"
    " December.",
)

F(
    "Fifty abducted pupils escape kidnappers in Nigeria's Niger state",
    "[[Fifty pupils|kidnapped;a=the Christian Association of Nigeria]] seized from St"
    " Mary's Catholic school in Papiri, Niger state, have escaped and returned to their"
    " families, the Christian Association of Nigeria said on Sunday. The association said"
    " [[303 pupils|kidnapped;a=The association;alt=the Christian Association of Nigeria]]"
    " and"
    " [[12 teachers|kidnapped;a=The association;alt=the Christian Association of Nigeria]]"
    " had been taken in Friday's raid, leaving"
    " [[253 pupils|kidnapped;a=The association;alt=the Christian Association of Nigeria]]"
    " and all the teachers still held. The state government ordered"
    " [[47 boarding schools|other]] closed.",
)

F(
    "A decade after Chibok, dozens of girls still held",
    "A decade after Boko Haram fighters seized"
    " [[276 schoolgirls|kidnapped;a=Amnesty International Nigeria]] from their dormitory in"
    " Chibok, [[82 of them|kidnapped;n=-;a=Amnesty International Nigeria]] are still in"
    " captivity, Amnesty International Nigeria said on Sunday. Since then,"
    " [[more than 1,680 children|kidnapped;a=the group;alt=Amnesty International Nigeria]]"
    " have been abducted from schools in Nigeria, according to the group.",
)

F(
    "Nigeria frees hundreds of Boko Haram suspects after mass trials",
    "Nigeria's justice ministry said courts sitting at a military base in Kainji had tried"
    " [[about 1,500 suspects|other;a=Nigeria's justice ministry]] held on suspicion of"
    " belonging to Boko Haram, and that"
    " [[more than 800 of them|arrested;n=-;a=Nigeria's justice ministry]] had been freed"
    " for lack of evidence. The ministry said"
    " [[125 defendants|other;a=The ministry;alt=Nigeria's justice ministry]] were convicted"
    " and sentenced to {{3 to 60 years}} in prison.",
)

F(
    "Over 21,700 migrants intercepted at sea and taken back to Libya in 2024",
    "[[More than 21,700 migrants|other;a=the International Organization for Migration]]"
    " were intercepted at sea and taken back to Libya in {{2024}}, the International"
    " Organization for Migration said. The agency said"
    " [[about 5,000 migrants|arrested;a=The agency;alt=the International Organization for"
    " Migration]] were held in official detention centres, and"
    " [[thousands more|arrested;n=-;a=The agency;alt=the International Organization for"
    " Migration]] in facilities run by armed groups.",
)

F(
    "IOM flies 161 Nigerians home from Tripoli",
    "The International Organization for Migration said it had flown"
    " [[161 Nigerian migrants|returned;a=The International Organization for Migration]]"
    " home from Tripoli on Tuesday under its voluntary humanitarian return programme,"
    " including [[29 children|returned;a=The International Organization for Migration]]."
    " The agency has helped"
    " [[more than 16,000 migrants|returned;a=The agency;alt=The International Organization"
    " for Migration]] leave Libya this year,"
    " [[about 1,500 a month|returned;a=The agency;alt=The International Organization for"
    " Migration]], it said.",
)

F(
    "Bodies of migrants found in mass grave in Libya",
    "Libyan authorities said they had found the bodies of"
    " [[19 migrants|killed;a=Libyan authorities]] in a mass grave at a farm near Jikharra"
    " and freed [[76 others|kidnapped;a=Libyan authorities]] who had been held by"
    " traffickers demanding ransoms. The UN mission said"
    " [[at least 28 more bodies|killed;a=The UN mission]] had been found in a {{second}}"
    " grave near Kufra.",
)

F(
    "Congo says 129 killed in attempted breakout at Kinshasa prison",
    "Congo's interior minister Jacquemain Shabani said"
    " [[129 people|killed;a=Congo's interior minister Jacquemain Shabani]] were killed in"
    " an attempted mass escape from Kinshasa's Makala prison,"
    " [[24 of them|killed;n=-;a=Congo's interior minister Jacquemain Shabani]] shot by"
    " guards after warnings, and"
    " [[59|injured;a=Congo's interior minister Jacquemain Shabani]] were wounded. Makala,"
    " built in {{1957}} for [[1,500 inmates|capacity;a=Amnesty International]], held"
    " [[more than 12,000|arrested;a=Amnesty International]] at the time, according to"
    " Amnesty International.",
)

F(
    "Over 1,500 inmates escape Maputo prison during unrest",
    "[[More than 1,500 prisoners|other;a=police chief Bernardino Rafael]] escaped from a"
    " maximum-security prison near Maputo on Wednesday amid post-election unrest, police"
    " chief Bernardino Rafael said, and [[33|killed;a=police chief Bernardino Rafael]] were"
    " killed and [[15|injured;a=police chief Bernardino Rafael]] wounded in clashes with"
    " guards. Among the escapees were"
    " [[29 convicted members|other;a=police chief Bernardino Rafael]] of an Islamist"
    " insurgent group, he said. Police had recaptured [[about 150|arrested]] by Thursday."
    " The prison held [[about 2,500 inmates|arrested;a=the justice ministry]] before the"
    " breakout, according to the justice ministry.",
)

F(
    "Rights body says Tigrayans detained en masse in Addis Ababa",
    "The Ethiopian Human Rights Commission said police had detained"
    " [[thousands of people|arrested;a=The Ethiopian Human Rights Commission]], most of"
    " them ethnic Tigrayans, in Addis Ababa since a state of emergency was declared on"
    " {{November 2}}. The UN said [[at least 16 local staff|arrested;a=The UN]] had been"
    " detained, and that [[nine|arrested;a=The UN]] remained in custody.",
)

F(
    "Detainees emerge from RSF prison after army advance in Sudan",
    "The Sudanese army said it had freed"
    " [[more than 3,500 detainees|arrested;a=The Sudanese army]] from a prison run by the"
    " Rapid Support Forces in Soba, south of Khartoum, many of them weak from hunger."
    " Emergency Lawyers, a rights group, said"
    " [[at least 58 detainees|killed;a=Emergency Lawyers]] had died there of hunger and"
    " disease.",
)

F(
    "Uganda says over 1,300 held after election unrest",
    "Uganda's internal affairs minister said security agencies were holding"
    " [[1,304 people|arrested;a=Uganda's internal affairs minister]] arrested during the"
    " election period, [[about 230 of them|other;n=-;a=Uganda's internal affairs minister]]"
    " charged before military courts. The opposition National Unity Platform has listed"
    " [[more than 400 supporters|missing;a=The opposition National Unity Platform]] it says"
    " have disappeared.",
)

F(
    "Burkina Faso says 66 abducted women and children freed",
    "Burkina Faso's state broadcaster RTB said the army had freed"
    " [[66 women and children|kidnapped;n=women and children;a=Burkina Faso's state broadcaster"
    " RTB]] abducted by jihadists near Arbinda,"
    " [[27 of them|kidnapped;n=-;a=Burkina Faso's state broadcaster RTB]] children. The"
    " women had been seized last week while foraging for food outside the blockaded town.",
)

F(
    "Nigeria charges protesters with treason, including minors",
    "[[Seventy-six people|other]] arrested during the August protests against the cost of"
    " living were arraigned in Abuja on Friday on charges including treason,"
    " [[32 of them|other;n=-]] minors. Amnesty International said"
    " [[at least 21 protesters|killed;a=Amnesty International]] were killed during the"
    " protests and [[more than 1,000|arrested;a=Amnesty International]] arrested.",
)

F(
    "Mozambique monitor counts thousands detained in post-election protests",
    "Plataforma Decide, an election monitor, said"
    " [[more than 4,000 people|arrested;a=Plataforma Decide]] had been detained and"
    " [[at least 277|killed;a=Plataforma Decide]] killed in protests since the disputed"
    " October election. Police said [[five officers|killed;a=Police]] had died.",
)

F(
    "Separatists abduct dozens in Cameroon's northwest",
    "Separatist fighters abducted [[30 to 40 people|kidnapped;a=local officials]],"
    " including [[16 pupils|kidnapped;a=local officials]], from villages near Bamenda on"
    " Tuesday, local officials said. The army said it had freed"
    " [[about a dozen|kidnapped;a=The army]] in a raid on a separatist camp on Sunday.",
)

F(
    "UN rapporteur says Eritrea holds thousands without trial",
    "The UN special rapporteur on Eritrea said"
    " [[about 10,000 political prisoners|arrested;a=The UN special rapporteur on Eritrea]]"
    " were held without charge or trial, many in underground cells and shipping containers."
    " The fate of [[11 members|missing]] of the {{G-15}}, senior officials arrested in"
    " {{September 2001}} after calling for reform, remains unknown.",
)

F(
    "Thousands of inmates escape Goma prison as M23 rebels advance",
    "[[More than 4,000 inmates|other;a=UN officials]] escaped from Munzenze prison in Goma,"
    " which was built for [[about 1,000|capacity;a=UN officials]], as {{M23}} rebels"
    " entered the city, UN officials said.",
)

F(
    "Nigerian court adjourns Kanu terrorism trial again",
    "A federal high court in Abuja adjourned the terrorism trial of separatist leader"
    " Nnamdi Kanu until {{March 19}}, more than {{three years}} after he was seized in"
    " Kenya and flown back to Nigeria in {{June 2021}}. Kanu, {{57}}, faces charges under"
    " the Terrorism Prevention Act of {{2013}}, which his lawyers say were unlawfully"
    " amended.",
)
