"""dev119 hard negatives: peace, memory and the arts, whole articles."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Congo and Rwanda foreign ministers sign US-brokered peace deal at State Department",
        "The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace "
        "agreement in Washington on Friday, committing their countries to stop supporting armed "
        "groups on each other's territory and to set up a joint security coordination mechanism "
        "within 30 days. The deal, brokered by the United States with help from Qatar, also "
        "provides for the lifting of what Rwanda calls its defensive measures in eastern Congo "
        "and for a regional economic framework covering minerals and energy. US Secretary of "
        "State Marco Rubio called it 'an important moment after 30 years of war'. Congo's "
        "foreign minister, Therese Kayikwamba Wagner, said the agreement must be respected on "
        "the ground to mean anything. The M23 rebel group, which seized the cities of Goma and "
        "Bukavu early this year, is not a party to the deal and is negotiating separately with "
        "Kinshasa in Doha. Congolese civil society groups welcomed the signing but said victims "
        "of the conflict had been left out of the talks. Analysts say American interest in "
        "Congo's cobalt, copper and lithium was a major factor behind the mediation. The "
        "agreement builds on a declaration of principles the two governments signed in April "
        "and on earlier African-led efforts, including a ceasefire arrangement reached in "
        "Luanda that never took hold. It also commits Kinshasa to act against the FDLR, a "
        "militia founded by Hutu extremists linked to the 1994 genocide in Rwanda, which Kigali "
        "regards as a threat to its security. Rwanda's foreign minister, Olivier Nduhungirehe, "
        "said the real test would be whether the FDLR was neutralised, as Congo had promised in "
        "previous agreements. Diplomats said a summit between Presidents Felix Tshisekedi and "
        "Paul Kagame could follow in Washington within weeks. Refugee groups in Rwanda and "
        "Uganda said they would wait to see whether the deal allowed families to go home.",
        "peace",
    ),
    (
        "Armenia and Azerbaijan initial peace deal at the White House and agree on transit route",
        "The leaders of Armenia and Azerbaijan initialled a peace agreement at the White House "
        "on Friday, in a step towards ending nearly four decades of conflict between the South "
        "Caucasus neighbours. Armenian Prime Minister Nikol Pashinyan and Azerbaijani President "
        "Ilham Aliyev also signed a declaration on a transit route through southern Armenia "
        "linking Azerbaijan with its exclave of Nakhchivan, to be developed with US involvement "
        "and named after President Donald Trump. Both leaders said they would support Trump "
        "for the Nobel Peace Prize. The text, agreed in March, still has to be signed formally "
        "and ratified, and Azerbaijan wants Armenia first to change its constitution, which "
        "refers to Nagorno-Karabakh. Azerbaijan took full control of the region in 2023, after "
        "which more than 100,000 ethnic Armenians left for Armenia. Russia, Armenia's "
        "traditional ally, gave a cautious welcome, while Iran warned against any foreign "
        "presence near its border. The two countries also agreed to dissolve the Minsk Group, "
        "the mediation format set up in 1992.",
        "peace",
    ),
    (
        "Russia and Ukraine swap hundreds of prisoners of war in UAE-mediated exchange",
        "Russia and Ukraine exchanged 300 prisoners of war each on Thursday in a swap mediated by "
        "the United Arab Emirates, both sides said. President Volodymyr Zelensky posted "
        "photographs of freed Ukrainian soldiers wrapped in national flags and said many of them "
        "had been held since 2022, including defenders of Mariupol. Russia's Defence Ministry "
        "said its servicemen had been taken to Belarus for medical checks before being flown "
        "home. Relatives waited for hours outside a hospital in the Chernihiv region holding "
        "portraits of missing men and asking the freed soldiers whether they had seen their "
        "sons. Ukraine's coordination headquarters for the treatment of prisoners said the "
        "exchange included seriously wounded and sick soldiers and three civilians. The UAE has "
        "helped mediate more than a dozen swaps since the full-scale invasion. Ukraine says "
        "thousands of its soldiers and civilians remain in Russian captivity. The exchange was "
        "agreed at talks in Istanbul, where the two sides failed to make progress on a "
        "ceasefire.",
        "peace",
    ),
    (
        "UN Security Council votes to wind down UNIFIL mission in Lebanon after final extension",
        "The UN Security Council voted unanimously on Thursday to extend the mandate of its "
        "peacekeeping force in southern Lebanon, UNIFIL, for a final time, until the end of 2026, "
        "after which its roughly 10,000 troops will be withdrawn within a year. The resolution, "
        "drafted by France, was a compromise with the United States, which had pushed to end "
        "the mission sooner, and Israel, which says the force failed to stop Hezbollah from "
        "arming in the south. Lebanon's government had asked for a full renewal, saying its army "
        "needed more time to deploy along the border. UNIFIL was set up in 1978 and has troops "
        "from about 50 countries, including Italy, France, Spain, India, Indonesia and Ireland. "
        "Ireland's defence minister said the country's peacekeepers had served with honour and "
        "would stay until the end of the mandate. France's ambassador said the international "
        "community would continue to support the Lebanese armed forces. Hezbollah did not "
        "comment. Diplomats said discussions would now turn to what kind of international "
        "presence, if any, could remain after the withdrawal. The force patrols the area between "
        "the Litani river and the Blue Line, the UN-drawn boundary between Lebanon and Israel, "
        "and supports the Lebanese army in taking control of weapons there. UN officials warned "
        "that the mission's departure could leave a vacuum, and that its work clearing "
        "unexploded ordnance and mediating between local communities would have to be taken "
        "over by someone else. Italy, which has one of the largest contingents, said it would "
        "consider a bilateral training mission for the Lebanese army. Residents of Naqoura, "
        "where UNIFIL has its headquarters, said hundreds of local jobs depended on the force. "
        "The mission has lost more than 300 peacekeepers since 1978, in accidents, illness and "
        "attacks.",
        "peace",
    ),
    (
        "Thailand and Cambodia sign ceasefire declaration in Kuala Lumpur, agree to pull back heavy weapons",
        "The prime ministers of Thailand and Cambodia signed a joint declaration in Kuala Lumpur "
        "on Sunday, strengthening the ceasefire that ended their border war in July, in a "
        "ceremony witnessed by US President Donald Trump and Malaysian Prime Minister Anwar "
        "Ibrahim. Under the agreement, both sides will withdraw heavy weapons from the border, "
        "clear landmines and allow a team of ASEAN observers to monitor the frontier. Thailand "
        "will also release 18 Cambodian soldiers it has held since the end of the fighting. "
        "Thai Prime Minister Anutin Charnvirakul said the deal was a chance to rebuild trust, "
        "while Cambodia's Hun Manet thanked Trump for his role. The five days of fighting killed "
        "at least 48 people and forced more than 300,000 to leave their homes on both sides of "
        "the border. The United States signed trade agreements with both countries on the same "
        "day. Residents of border villages in Sisaket province said they hoped to replant their "
        "fields before the next season. The border has been disputed since the French colonial "
        "era.",
        "peace",
    ),
    (
        "Srebrenica marks 30 years since genocide as seven more victims are laid to rest",
        "Tens of thousands of people gathered at the memorial centre in Potocari on Friday to "
        "mark 30 years since the Srebrenica genocide and to bury the remains of seven victims "
        "identified over the past year. Among them were a 19-year-old man and a woman who was "
        "67 when she was killed. Bosnian Serb forces commanded by Ratko Mladic killed more than "
        "8,000 Muslim men and boys after overrunning the UN-protected enclave in July 1995. "
        "'I buried my son's two bones today, after 30 years,' said Sehida Abdurahmanovic, one of "
        "the Mothers of Srebrenica. The remains of the victims, scattered across mass graves by "
        "the perpetrators trying to hide the crime, are still being identified through DNA "
        "analysis. International courts have ruled that the killings constituted genocide, "
        "but many Bosnian Serb politicians still deny it. Thousands of people took part in the "
        "annual Peace March, which retraces the route of those who tried to escape through the "
        "forests over three days. Foreign dignitaries laid wreaths at the memorial wall, and "
        "the European Commission's enlargement commissioner spoke at the ceremony. The UN "
        "General Assembly last year declared 11 July an international day of reflection and "
        "commemoration of the genocide, over the objections of Serbia. Bosnia's Missing Persons "
        "Institute says about 1,000 people from Srebrenica are still unaccounted for. 'Every "
        "year there are fewer bones to find and fewer mothers left to bury them,' said Munira "
        "Subasic, president of the Mothers of Srebrenica association. Police said the day had "
        "passed peacefully, though a mural glorifying Mladic was painted over in a Serbian town "
        "the night before. Bosnia remains divided along ethnic lines under the peace agreement "
        "signed in Dayton in 1995.",
        "history",
    ),
    (
        "Hiroshima marks 80 years since atomic bombing with call for a world without nuclear weapons",
        "Hiroshima marked the 80th anniversary of the atomic bombing of the city on Wednesday, "
        "with representatives of a record 120 countries and regions attending a memorial "
        "ceremony in the Peace Memorial Park. A bell was rung and participants observed a "
        "minute's silence at 8:15, the moment the American B-29 bomber Enola Gay dropped the "
        "bomb in 1945. Mayor Kazumi Matsui said in his peace declaration that the world was "
        "drifting towards accepting nuclear arms as a means of security and urged Japan's "
        "government to join the treaty banning them. Prime Minister Shigeru Ishiba said Japan, "
        "as the only country to have suffered atomic bombings, would lead efforts towards a "
        "world without nuclear weapons. The average age of survivors, known as hibakusha, now "
        "exceeds 86, and their number has fallen below 100,000 for the first time. Many "
        "survivors said they feared their stories would be forgotten. Nagasaki will hold its "
        "ceremony on Saturday.",
        "history",
    ),
    (
        "Cologne evacuates 20,000 people to defuse three wartime bombs",
        "More than 20,000 people were evacuated from the centre of Cologne on Wednesday so that "
        "experts could defuse three unexploded American bombs from the Second World War, in the "
        "city's largest evacuation since 1945. The bombs, two weighing 20 kilograms and one "
        "ten kilograms, were found during construction work in the Deutz district on Monday. The "
        "exclusion zone included hotels, a hospital, care homes and parts of the old town, and "
        "several bridges over the Rhine were closed to traffic. Trains between Cologne and "
        "Dusseldorf were diverted for several hours. The city set up a shelter in a trade fair "
        "hall for residents who had nowhere else to go. The bombs were defused successfully in "
        "the evening, and residents were allowed to return. Thousands of tonnes of unexploded "
        "ordnance are found in Germany every year, more than 80 years after the Allied bombing "
        "campaign. Cologne was one of the most heavily bombed German cities.",
        "history",
    ),
    (
        "Crowds gather at dawn services across Australia for Anzac Day",
        "Tens of thousands of people gathered at dawn services in cities and country towns "
        "across Australia on Saturday to mark Anzac Day, the anniversary of the landing of "
        "Australian and New Zealand troops at Gallipoli in 1915. At the Australian War Memorial "
        "in Canberra, Governor-General Sam Mostyn laid a wreath as the Last Post was played "
        "before a crowd of about 30,000. In Melbourne, veterans of the Vietnam War led the march "
        "down St Kilda Road, followed by younger veterans of Afghanistan and Iraq. The dawn "
        "service at Anzac Cove in Turkey drew several thousand Australians and New Zealanders. "
        "Organisers said attendance had been boosted by fine weather and the long weekend. The "
        "RSL said more veterans were seeking support for mental health and homelessness, and "
        "called on the federal government to move faster on the recommendations of the royal "
        "commission into defence and veteran suicide. Two-up games were held in pubs across "
        "the country, the one day of the year the game is legal in most states.",
        "history",
    ),
    (
        "South Africa marks 50 years since the Soweto uprising",
        "South Africans marked the 50th anniversary of the Soweto uprising on Tuesday, with "
        "ceremonies at the Hector Pieterson memorial in Orlando West and an address by President "
        "Cyril Ramaphosa at Orlando Stadium. On 16 June 1976, thousands of students marched "
        "against the use of Afrikaans as a language of instruction in black schools, and police "
        "opened fire, killing 13-year-old Hector Pieterson among others. The photograph of his "
        "body being carried by a fellow student became one of the defining images of apartheid. "
        "His sister, Antoinette Sithole, laid flowers at the memorial alongside former student "
        "leaders. Ramaphosa said the youth of 1976 had changed the course of history and that "
        "today's young people faced a different struggle, against unemployment. Official "
        "figures show that more than 60% of South Africans aged 15 to 24 are without work. "
        "Opposition parties said the anniversary should be a day of reflection on the "
        "government's failures. Youth Day is a public holiday.",
        "history",
    ),
    (
        "Ukrainian drama about a drone unit premieres at the Berlinale to long applause",
        "A Ukrainian feature film about a unit of drone operators received a long standing "
        "ovation at its premiere in the competition section of the Berlin International Film "
        "Festival on Sunday. 'Zero Line', the second feature by director Oksana Hrytsenko, "
        "follows three young soldiers who live in a cellar a few kilometres from the front and "
        "spend their nights watching screens. The film was shot near Kyiv, with serving "
        "soldiers as consultants and two veterans in supporting roles. 'It is not a war film. "
        "It is a film about exhaustion and friendship,' Hrytsenko told reporters. Critics "
        "praised its restraint and the performance of lead actor Taras Bilyk, and several "
        "named it a contender for the Golden Bear. The film is a co-production between "
        "Ukraine, Germany and Poland and received funding from the German federal film fund. "
        "Distributors in France and Germany have already bought the rights. The festival's "
        "awards will be announced on Saturday.",
        "entertainment",
    ),
    (
        "Battlefield 6 sells more than 7 million copies in three days",
        "Electronic Arts said on Tuesday that Battlefield 6 had sold more than 7 million copies "
        "in its first three days, the biggest launch in the history of the military shooter "
        "series. The game, set in a near-future war between a NATO-style alliance and a private "
        "military company, drew more than 700,000 players at once on the Steam platform at its "
        "peak. Analysts said the launch put pressure on Activision's Call of Duty, whose next "
        "instalment is due out in November. Reviewers praised the destructible maps and large "
        "multiplayer battles but criticised the single-player campaign as short. EA is being "
        "taken private in a $55 billion deal by a group of investors led by Saudi Arabia's "
        "Public Investment Fund. Gamers in Singapore and Malaysia reported server problems on "
        "launch day, which the company said it had fixed. The game is available on PC, "
        "PlayStation and Xbox.",
        "entertainment",
    ),
    (
        "Ho Chi Minh City exhibition shows a war photographer's lost negatives",
        "An exhibition of previously unseen photographs by the late Vietnamese combat "
        "photographer Tran Minh Duc opened at the War Remnants Museum in Ho Chi Minh City on "
        "Friday, as the country prepares to mark 50 years since the end of the Vietnam War. The "
        "120 black-and-white images, printed from negatives found by his daughter in a biscuit "
        "tin in 2023, show soldiers resting on jungle trails, women repairing roads and children "
        "playing near bomb craters. Tran worked for a northern army newspaper from 1968 to 1975 "
        "and died in 2009. Curators said the photographs were remarkable for their quiet "
        "moments rather than scenes of combat. Several American veterans who served in Vietnam "
        "attended the opening and met members of the photographer's family. 'He always said "
        "the real story was people waiting,' his daughter, Tran Thi Lan, said. The exhibition "
        "runs until the end of June and will travel to Hanoi and Hue. Entry is free for "
        "students.",
        "entertainment",
    ),
]
