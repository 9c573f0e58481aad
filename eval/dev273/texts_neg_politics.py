"""dev273 negatives: politics, courts, economy, peace talks and peaceful protest in the South
Asian national press, 2014-2026, with the desk's war words used loosely."""

from _wrap import negatives

RAW = """
= Modi, Rahul trade barbs as Bihar campaign enters final week
@ politics
PATNA: Prime Minister Narendra Modi and Leader of Opposition Rahul Gandhi traded sharp attacks at
rallies a few hundred kilometres apart on Saturday, as the battle for Bihar entered its final week.
Addressing a crowd at Sitamarhi, Modi accused the Mahagathbandhan of wanting to bring back
"jungle raj" and said the opposition had no roadmap for the youth. Rahul, speaking at Darbhanga,
hit back by saying the government had declared war on the poor through rising prices and
unemployment, and accused the Election Commission of helping the ruling alliance. The war of
words comes as both camps fight for the crucial Mithilanchal and Seemanchal seats, where turnout
is expected to decide the outcome. Tejashwi Yadav held five meetings in a single day and promised
a government job for every family. The BJP's state unit said it would file a complaint with the
poll panel over remarks made at the Darbhanga rally. Polling for the second phase is on Tuesday.

= Opposition vows 'final battle' as no-trust motion against Imran tabled
@ politics
ISLAMABAD: Opposition parties on Monday tabled a no-confidence motion against Prime Minister
Imran Khan in the National Assembly, with PML-N president Shehbaz Sharif declaring that the
"final battle" to send the government packing had begun. The motion, signed by 161 members, was
moved as the government's allies kept both sides guessing about their votes. Addressing a
rally in Islamabad's Parade Ground on Sunday, Khan had said he would fight till the last ball
and accused the opposition of being part of a foreign conspiracy against his government. PPP
chairman Bilawal Bhutto-Zardari said the prime minister had already lost his majority and
should resign with dignity. Speaker Asad Qaiser adjourned the session until Thursday, when debate
on the motion is expected to begin. Both sides have asked their supporters to stay away from
the capital on the day of the vote.

= SC strikes down electoral bonds scheme as unconstitutional
@ politics
NEW DELHI: A five-judge Constitution Bench of the Supreme Court on Thursday struck down the
electoral bonds scheme, holding that anonymous funding of political parties violated voters'
right to information under Article 19(1)(a). The court directed the State Bank of India to stop
issuing the bonds immediately and to submit details of every bond purchased since April 2019 to
the Election Commission within three weeks. Chief Justice D Y Chandrachud, writing the lead
judgment, said the scheme could not be justified on the ground of curbing black money. The
opposition hailed the verdict as a blow against the ruling party, which has received the largest
share of bond donations. The Congress said the ruling was a victory in its long fight for
transparency. Law minister Arjun Ram Meghwal said the government would study the judgment. The
petitioners had challenged the scheme since 2017.

= Oli returns as PM after Congress-UML pact topples Dahal government
@ politics
KATHMANDU: CPN-UML chairman KP Sharma Oli was appointed prime minister for the fourth time on
Sunday, days after Pushpa Kamal Dahal lost a vote of confidence in the House of Representatives.
President Ram Chandra Paudel appointed Oli under Article 76(2) of the constitution after he
submitted the signatures of 165 lawmakers from the UML and the Nepali Congress. Under a seven-point
agreement between the two largest parties, Oli will lead the government until the next
elections are a year and a half away, after which Congress president Sher Bahadur Deuba will
take over. Dahal, who received only 63 votes in Friday's floor test, accused the two parties of
launching an attack on the federal republic by planning to amend the constitution. The new
cabinet will be sworn in on Monday at Sheetal Niwas. Political analysts said the alliance had
the numbers to last but warned of friction over ministries.

= Dissanayake wins Sri Lanka presidency after historic second count
@ politics
COLOMBO: National People's Power leader Anura Kumara Dissanayake was declared the winner of Sri
Lanka's presidential election on Sunday after the first second-preference count in the country's
history, the Election Commission said. Dissanayake received 42.3 per cent of first-preference
votes, short of the 50 per cent needed, and went on to defeat opposition leader Sajith Premadasa
once second preferences were counted. Incumbent Ranil Wickremesinghe, who oversaw the
recovery from the 2022 economic crisis, finished third and conceded defeat. Dissanayake, whose
party once led two armed uprisings, campaigned on a promise to fight corruption and renegotiate
parts of the IMF programme. Election monitors said polling passed off peacefully with a turnout of
around 75 per cent. He is due to be sworn in at the presidential secretariat on Monday morning.

= Election Commission announces polls schedule; BNP, Jamaat spar over reforms
@ politics
DHAKA: The Election Commission on Thursday announced that the 13th parliamentary election will be
held in the first half of February, with nomination papers to be submitted by the end of
December, Chief Election Commissioner AMM Nasir Uddin said in a televised address. The
announcement came as the BNP and Jamaat-e-Islami continued their war of words over whether a
referendum on the July Charter should be held on the same day. BNP secretary general Mirza Fakhrul
Islam Alamgir said the party was ready for the battle of the ballot and accused Jamaat of trying
to delay the polls. Jamaat leaders said the reforms must have legal force before any vote. The
National Citizen Party said it would decide on its participation after meeting the commission.
Chief adviser Muhammad Yunus welcomed the schedule and urged all parties to campaign peacefully.
Around 12.7 crore voters are on the final electoral roll.

= Parliament passes 26th amendment after marathon overnight session
@ politics
ISLAMABAD: The National Assembly early on Monday passed the 26th Constitutional Amendment Bill with
225 votes, a day after the Senate approved it, capping weeks of political manoeuvring over changes
to the judiciary. The amendment sets up constitutional benches in the Supreme Court and the high
courts and gives a parliamentary committee the power to choose the chief justice from among the
three most senior judges. Law minister Azam Nazeer Tarar called it a historic day for the
supremacy of parliament. PTI members staged a walkout, calling the bill an assault on the
independence of the judiciary and accusing the government of pressuring their lawmakers. JUI-F
chief Maulana Fazlur Rehman, whose support proved decisive, said he had forced the government to
drop the most objectionable clauses. The bill was signed into law by President Asif Ali Zardari
within hours.

= Islamabad wins IMF nod for $7bn bailout, but 'battle against inflation' far from over
@ economy
ISLAMABAD: The International Monetary Fund's executive board on Wednesday approved a 37-month
Extended Fund Facility of about $7 billion for Pakistan, releasing an immediate tranche of
$1.03bn, the finance ministry said. Finance minister Muhammad Aurangzeb said the approval would
help the country keep its hard-won stability, but warned that the battle against inflation and
the fight to widen the tax net were far from over. The programme commits Pakistan to raising the
tax-to-GDP ratio by three percentage points, reducing subsidies and bringing agricultural income
into the tax net. Business leaders in Karachi said the power tariff remained the biggest threat
to industry. The rupee held steady and the benchmark KSE-100 index gained nearly 900 points in
early trading. Economists said the next review, due in March, would test the government's
resolve on the provincial budgets.

= Sri Lanka clinches bondholder deal, ending two-year debt war
@ economy
COLOMBO: Sri Lanka reached an agreement in principle with a group of international bondholders on
restructuring about $12.5 billion of defaulted sovereign bonds, the finance ministry said on
Thursday, a major step towards ending the country's two-year standoff with its creditors. Under
the deal, investors will accept a nominal haircut of 27 per cent and exchange old bonds for new
instruments, including some linked to economic growth. State minister of finance Shehan Semasinghe
said the agreement would save the country more than $3bn in debt service over the programme
period. The IMF, whose $2.9bn facility depends on the restructuring, said it would assess the
terms. The Colombo stock market rose more than two per cent on the news. Opposition parties said
the deal was still too heavy a burden and called for an independent review.

= Tiruppur knitwear exporters brace for trade war as 50% tariff kicks in
@ economy
COIMBATORE: Knitwear exporters in Tiruppur said on Thursday that orders worth hundreds of crores
had been put on hold as the United States' 50 per cent tariff on Indian goods came into effect,
leaving the cluster facing its toughest battle since the pandemic. The Tiruppur Exporters'
Association said American buyers, who account for about a third of the town's exports, had asked
for discounts of up to 25 per cent or shifted orders to Bangladesh and Vietnam. Several units had
already cut shifts, and the association warned that thousands of jobs could go if the trade war
dragged on. Commerce ministry officials said they were working on a support package including
interest subvention and faster refunds. Textile minister Giriraj Singh said the government would
not let the industry down. Exporters also sought a moratorium on loan repayments for a year.

= India, Pakistan armies agree to strictly observe LoC ceasefire from midnight
@ peace
NEW DELHI: India and Pakistan have agreed to strictly observe all agreements on ceasefire along
the Line of Control and all other sectors with effect from the midnight of February 24-25, the
two armies said in a rare joint statement on Thursday. The understanding was reached during a
discussion between the Directors General of Military Operations over the established hotline
mechanism, the statement said. Both sides agreed to address each other's core issues and
concerns which have the propensity to disturb peace and lead to violence. Officials said existing
mechanisms of hotline contact and border flag meetings would be used to resolve any
misunderstanding. Residents of border villages in Uri and Poonch welcomed the move, saying they
hoped to farm their fields without fear. The Congress said the government must explain what had
changed since the last agreement.

= India, China complete disengagement at Depsang and Demchok; patrolling to resume
@ peace
NEW DELHI: Indian and Chinese troops have completed disengagement at Depsang and Demchok in eastern
Ladakh, and coordinated patrolling will begin shortly, Army sources said on Wednesday. Temporary
structures and tents put up by both sides at the friction points have been dismantled and
verification was carried out jointly by ground commanders and through drones, the sources
said. The two sides will exchange sweets at several border points on Diwali. The agreement
announced last week ended a stand-off that began in the spring of 2020. External affairs minister
S Jaishankar said the restoration of patrolling was a first step, and that de-escalation of the
large troop presence along the Line of Actual Control would be the next. Prime Minister Modi and
President Xi Jinping endorsed the understanding at their meeting in Kazan. Grazers in Demchok said
they hoped to return to traditional pastures next summer.

= Pakistan, Afghanistan agree to extend truce after Istanbul talks
@ peace
ISLAMABAD: Pakistan and Afghanistan have agreed to extend the ceasefire reached in Doha earlier this
month and to set up a monitoring mechanism, mediators Turkey and Qatar said in a joint statement
on Friday after talks in Istanbul. The two delegations, led by security officials, will meet
again next month to finalise the modalities of the mechanism, which would verify complaints and
impose penalties on any side found in violation. Pakistan's foreign office spokesman said
Islamabad's core demand remained verifiable action against militant groups operating from
Afghan territory. The Taliban's spokesman Zabihullah Mujahid said Kabul wanted good relations
with all neighbours. Traders said the Torkham and Chaman crossings, closed for nearly three weeks,
should be reopened as soon as possible. Officials on both sides said the border had been calm
since the truce.

= Kartarpur corridor pact renewed for five more years
@ peace
LAHORE: India and Pakistan have renewed the agreement on the Kartarpur Sahib corridor for another
five years, allowing Indian Sikh pilgrims to continue visa-free visits to Gurdwara Darbar Sahib in
Narowal, officials of both countries said on Tuesday. The corridor, opened in November 2019 to
mark the 550th birth anniversary of Guru Nanak, was the only crossing to remain open for pilgrims
during the long freeze in ties. Pakistan's foreign office said it had again asked India to drop
the $20 service fee issue from discussion, while New Delhi urged Islamabad to waive the fee.
Around 5,000 pilgrims a day can use the corridor, though actual numbers have rarely reached half
of that. The Evacuee Trust Property Board said arrangements had been made for the Guru Nanak
birth anniversary celebrations next month. Sikh bodies in Amritsar welcomed the renewal.

= Farmers hold tractor march on highways; no untoward incident reported
@ protest
CHANDIGARH: Thousands of farmers drove tractors along national highways across Punjab and Haryana on
Monday as part of a nationwide protest called by the Samyukt Kisan Morcha to press for a legal
guarantee of minimum support price. The marches, which began at 11 in the morning and ended by
three, caused traffic jams near Ambala, Karnal and Ludhiana, but police said no untoward
incident was reported. Farmer leaders addressing gatherings at toll plazas said their fight
would continue until the government honoured its written promises. Toll plazas in several
districts were made free for four hours. In Sangrur, women farmers led the march, carrying
placards demanding loan waivers. The agriculture minister said the government was open to
talks. The Morcha said it would announce the next phase of its agitation after a meeting in
Delhi next week.

= Junior doctors end fast after 17 days as CM assures action
@ protest
KOLKATA: Junior doctors in West Bengal called off their hunger strike on Monday night, 17 days after
it began, following a two-hour meeting with chief minister Mamata Banerjee at the state
secretariat. The doctors had been fasting in turns at Esplanade and in north Bengal, demanding
justice for the trainee doctor raped and murdered at RG Kar Medical College in August, the
removal of the health secretary, and better security in hospitals. Several of them had been
admitted to hospital as their health deteriorated. The chief minister agreed to some demands,
including CCTV cameras and panic buttons in hospitals, but refused to remove the health
secretary. The doctors said they were suspending the fast in view of the Durga Puja festivities
and appeals from the victim's parents, but that their movement would continue. Senior doctors
had held a token strike in solidarity.

= Traders observe countrywide shutter-down strike over power bills
@ protest
LAHORE: Markets, shops and wholesale centres remained closed in Lahore, Karachi, Peshawar and dozens
of other cities on Wednesday as traders observed a countrywide shutter-down strike against
inflated electricity bills and new taxes on retailers. The strike was called by Jamaat-i-Islami
and backed by most traders' associations. Roads in commercial districts wore a deserted look,
although public transport and pharmacies remained open. JI chief Hafiz Naeem ur Rehman said the
strike was a referendum against the government's policies and warned of a long march if
demands were not met. The strike passed off peacefully, police said. The government's
negotiating committee invited trader leaders to talks on Friday. Business leaders estimated that
the one-day closure had cost the economy billions of rupees.

= Teachers stage sit-in at Maitighar demanding new education act
@ protest
KATHMANDU: Thousands of schoolteachers from across the country staged a sit-in at Maitighar Mandala
and along the road to New Baneshwor on Tuesday, the eighth day of their protest demanding the
immediate passage of the School Education Bill. Schools in many districts have remained closed
since the Nepal Teachers' Federation called the protest at the start of the new academic session.
Teachers chanted slogans and held placards, and police kept them out of the restricted zone
around the parliament building. The protest remained peaceful. Education minister Bidya Bhattarai
said the bill would be brought before the house soon and urged teachers to return to classrooms.
Parents' associations said students were the biggest losers in the dispute. Federation leaders
said they would not call off the sit-in without a written agreement.

= Trade unions march in Colombo against tax hikes
@ protest
COLOMBO: Thousands of workers from over 40 trade unions, including doctors, teachers, bank
employees and port workers, marched through Colombo on Wednesday against steep increases in
personal income tax introduced under the IMF programme. The marchers gathered at the Fort railway
station and walked to the Lipton Circus, carrying black flags and chanting slogans. Work at state
hospitals was limited to emergency services, while many schools reported low attendance.
Police diverted traffic along several routes, and the march ended without incident. Union
leaders said the new tax bands punished salaried professionals while leaving the rich untouched,
and they warned of continuous strikes. President Ranil Wickremesinghe said the government had no
option but to raise revenue. The Central Bank governor urged the unions to consider the impact on
the recovery.
"""

NEGATIVES = negatives(RAW)
