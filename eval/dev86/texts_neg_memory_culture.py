"""eval/dev86: Negatives: anniversaries, exhumations of old graves and remembrance (history); films, books, games (entertainment).

(title, text, kind code); none reports a current violent event.
"""

NEGATIVES = [
    (
        "Forensic teams exhume remains from Bosnian mass grave found by a farmer",
        "PRIJEDOR, Bosnia (Reuters) - Forensic experts began exhuming human remains "
        "on Monday from a mass grave near the northwestern town of Prijedor, "
        "discovered last month when a farmer's tractor turned up bones in a field, "
        "Bosnia's Missing Persons Institute said. Investigators believe the grave "
        "holds the remains of at least 20 Bosniak civilians from nearby villages who "
        "were killed by Bosnian Serb forces in the summer of 1992, in the early "
        "months of the war. About 3,000 people from the Prijedor area were killed or "
        "went missing during the conflict, many of them after passing through the "
        "Omarska and Keraterm detention camps. More than 7,500 people are still "
        "listed as missing across Bosnia, three decades after the war ended. "
        'Relatives gathered behind a tape line as the excavator worked. "My father '
        'has been somewhere under this ground for 31 years," said a man from the '
        "village of Kevljani. DNA samples will be compared with blood taken from "
        "relatives by the International Commission on Missing Persons. The "
        "prosecutor's office said it would use the findings in pending war crimes "
        "cases.",
        "history",
    ),
    (
        "Rwanda lights memorial flame to mark 30 years since the genocide",
        "KIGALI (AFP) - Rwanda began a week of national mourning on Sunday to mark "
        "30 years since the start of the genocide, in which extremist Hutu militias "
        "and soldiers killed about 800,000 people, most of them Tutsis, over about "
        "100 days in 1994. President Paul Kagame lit a flame of remembrance at the "
        "Kigali Genocide Memorial, where more than 250,000 victims are buried, in "
        "the presence of foreign leaders including former US president Bill Clinton, "
        "who has called the world's failure to intervene one of his biggest regrets. "
        'Kagame said the international community had "failed all of us", and that '
        "Rwandans had chosen to rebuild together. In a video message, French "
        "President Emmanuel Macron said France and its allies could have stopped the "
        "genocide but lacked the will. Evening vigils were held in stadiums across "
        "the country, and survivors gave testimony. Commemorations, known as "
        'Kwibuka, or "remember", will continue for 100 days, the length of the '
        'killing. Some survivors say that remembering gets no easier. "Every April '
        'my body knows before the calendar does," said a woman who lost her parents '
        "and four siblings.",
        "history",
    ),
    (
        "Spain begins exhuming Civil War victims from Franco's monumental tomb",
        "MADRID (Reuters) - Forensic teams have begun opening crypts at the Valley "
        "of Cuelgamuros, the monumental basilica near Madrid where Francisco Franco "
        "was buried until 2019, to recover the remains of Civil War victims whose "
        "families want them back, the government said on Monday. More than 33,000 "
        "people from both sides of the 1936-1939 war were moved to the site in the "
        "1950s and 1960s, often without their relatives' knowledge, to fill the "
        "crypts of a monument the dictator intended as a symbol of reconciliation. "
        "About 160 families have so far asked for remains, and the work, in humid "
        'chambers where many boxes have collapsed, is expected to take years. "My '
        'grandfather was taken from a grave in Calatayud without anyone asking us," '
        "said a woman who has campaigned for two decades. The exhumations are part "
        "of the Democratic Memory Law passed in 2022, which also declares the Franco "
        "regime illegal and funds the search for more than 100,000 people thought to "
        "lie in unmarked graves across Spain. Conservative parties have accused the "
        "government of reopening old wounds.",
        "history",
    ),
    (
        "Sri Lanka excavation at Chemmani mass grave finds remains of children",
        "JAFFNA, Sri Lanka (AFP) - Excavations at a mass grave on the outskirts of "
        "Jaffna have uncovered the skeletal remains of at least 65 people, including "
        "several children, according to court-appointed investigators who briefed "
        "reporters on Friday. The site at Chemmani, in Sri Lanka's Tamil-majority "
        "north, first came to public attention in 1998, when a soldier on trial for "
        "murder said hundreds of people detained by the army in 1996 had been buried "
        "there. Only 15 bodies were exhumed at the time, and no one was convicted. "
        "The new excavation began in May after construction workers found bones "
        "while digging a crematorium. Among the items recovered are a child's school "
        "bag and a feeding bottle, the lawyer for the families said. The government "
        "says it supports a transparent investigation, and the UN rights chief "
        "visited the site in June. Tamil families who lost relatives during the war "
        "against the Tamil Tigers, which ended in 2009, have long demanded "
        "accountability for an estimated 20,000 disappearances.",
        "history",
    ),
    (
        "Hiroshima marks 80 years since the atomic bombing with a warning about nuclear arms",
        "HIROSHIMA, Japan (AP) - Hiroshima marked the 80th anniversary of the "
        "world's first atomic bombing on Wednesday, with the city's mayor warning "
        "that the idea that nuclear weapons are necessary for national security was "
        "gaining ground again. A bell tolled and the crowd of about 55,000 people at "
        "the Peace Memorial Park fell silent at 8:15 in the morning, the moment the "
        "US bomber Enola Gay dropped its bomb on August 6, 1945. The blast and its "
        "aftermath killed about 140,000 people by the end of that year. Mayor Kazumi "
        'Matsui said world leaders were "ignoring the lessons of history". '
        "Representatives of a record 120 countries attended. The average age of the "
        "survivors, known as hibakusha, is now over 86, and their number has fallen "
        "below 100,000 for the first time. Nihon Hidankyo, a survivors' group, won "
        "the Nobel peace prize last year for its decades of testimony. Prime "
        "Minister Shigeru Ishiba said Japan would continue to work for a world "
        "without nuclear weapons, but did not commit to joining the treaty banning "
        "them.",
        "history",
    ),
    (
        "Remains of US soldiers killed in the Korean War handed over by North Korea",
        "OSAN AIR BASE, South Korea (Reuters) - A US military plane carrying 55 "
        "boxes believed to contain the remains of American soldiers killed in the "
        "Korean War landed in South Korea on Friday, the first repatriation from "
        "North Korea in more than a decade. The handover followed a pledge made by "
        "Kim Jong Un at his summit with President Donald Trump in Singapore in June. "
        "Soldiers in dress uniform carried the boxes, draped in UN flags, from the "
        "aircraft in a ceremony at Osan air base. The remains will be flown to "
        "Hawaii for identification, which can take months or years using DNA from "
        "relatives. About 7,700 US service members are still unaccounted for from "
        'the 1950-1953 war, around 5,300 of them believed to lie in North Korea. "We '
        'owe it to them and their families to bring them home," a US commander said. '
        "Between 1996 and 2005, joint US-North Korean teams recovered 229 sets of "
        "remains before the work was halted amid nuclear tensions. The war ended in "
        "an armistice, not a peace treaty, and the two Koreas remain technically at "
        "war.",
        "history",
    ),
    (
        "Kurds remember Halabja chemical attack 35 years on",
        "HALABJA, Iraq (AFP) - Sirens sounded across Iraq's Kurdistan region on "
        "Thursday as people stood still for a minute to remember the poison gas "
        "attack on the town of Halabja, in which Saddam Hussein's forces killed an "
        "estimated 5,000 people on March 16, 1988. At the town's cemetery, survivors "
        "laid wreaths on rows of graves marked with the same date. The bombing with "
        "mustard gas and nerve agents was part of the Anfal campaign against the "
        "Kurds, which Iraqi courts and several foreign parliaments have recognised "
        "as genocide. Many survivors still suffer from lung and eye diseases and "
        'cancers, and the local hospital lacks specialists. "We are thankful to be '
        'remembered once a year, but we need doctors every day," said a man who lost '
        "his wife and children. Iraq's parliament last year declared Halabja a "
        "province of its own, a longstanding demand of residents. Ali Hassan "
        'al-Majid, the Iraqi general known as "Chemical Ali" who ordered the attack, '
        "was hanged in 2010.",
        "history",
    ),
    (
        "Beslan mourns 20 years after the school siege that killed 334",
        "BESLAN, Russia (AFP) - Thousands of people gathered in the town of Beslan "
        "in southern Russia on Sunday to mark 20 years since Chechen militants "
        "seized a school on the first day of the academic year, a siege that ended "
        "in the deaths of 334 hostages, more than half of them children. Mourners "
        "carried flowers and bottles of water into the ruined gymnasium, where the "
        "hostages were held for three days without water in the late summer heat of "
        "2004. The siege ended when explosions tore through the building and Russian "
        "forces stormed it. Survivors and mothers of the dead have long accused the "
        "authorities of using tanks and thermobaric rockets during the assault, and "
        "the European Court of Human Rights ruled in 2017 that Russia had used "
        "excessive force. On the anniversary, 334 white balloons were released over "
        "the town. President Vladimir Putin had visited the memorial two weeks "
        "earlier, his first trip to the town in almost 20 years. A memorial cemetery "
        "known as the City of Angels holds the graves of most of the victims.",
        "history",
    ),
    (
        "France remembers the November 13 attacks ten years on with a new memorial garden",
        "PARIS (AFP) - France marked ten years on Thursday since the coordinated "
        "attacks by Islamic State gunmen and suicide bombers on the Bataclan concert "
        "hall, cafe terraces and the Stade de France, which killed 130 people and "
        "wounded hundreds. President Emmanuel Macron inaugurated a memorial garden "
        "near the city hall in Paris, with the names of the victims engraved on "
        "stone, before laying wreaths at each of the attack sites with survivors and "
        "relatives. The attacks of November 13, 2015, were the deadliest in France "
        "since the Second World War. The only surviving member of the commando, "
        "Salah Abdeslam, was sentenced to life in prison without parole in 2022 "
        "after a nine-month trial. Many survivors still live with injuries and "
        "post-traumatic stress, and a victims' association said some had not set "
        'foot in a concert hall since. "For us it is not an anniversary, it is every '
        'day," said its president. The Bataclan, rebuilt and reopened in 2016, held '
        "a private ceremony in the evening.",
        "history",
    ),
    (
        "Chile marks 50 years since the coup amid division over Pinochet's legacy",
        "SANTIAGO (Reuters) - Chile marked 50 years since the 1973 military coup on "
        "Monday with a ceremony at the presidential palace, where President Salvador "
        "Allende died as troops and jets attacked the building, and a new government "
        "plan to search for the more than 1,100 people who disappeared under the "
        "dictatorship of General Augusto Pinochet and have never been found. "
        "President Gabriel Boric, joined by several Latin American leaders, called "
        'for a commitment to democracy "that no one can break", but right-wing '
        "opposition parties refused to sign a joint declaration and held their own "
        "events. Polls suggest a growing share of Chileans believe the coup was "
        "justified, a trend that has alarmed human rights groups. The dictatorship, "
        "which lasted until 1990, killed or disappeared more than 3,000 people and "
        "tortured tens of thousands, according to official commissions. Relatives of "
        "the disappeared marched peacefully through central Santiago on Sunday "
        'carrying photographs. "We are still looking for them," said a woman whose '
        "brother vanished in 1974.",
        "history",
    ),
    (
        "'20 Days in Mariupol' wins Ukraine its first Oscar",
        'LOS ANGELES (AP) - "20 Days in Mariupol", an account of the first weeks of '
        "Russia's siege of the Ukrainian port city, won the Academy Award for best "
        "documentary feature on Sunday, the first Oscar for a Ukrainian film. "
        "Director Mstyslav Chernov, a video journalist for The Associated Press, "
        "shot the footage with two colleagues as the city was encircled in February "
        "and March 2022, recording the bombing of a maternity hospital and the mass "
        "graves dug for the dead. In his acceptance speech, Chernov said he wished "
        'he had never had to make it. "I wish I could exchange this for Russia never '
        'attacking Ukraine," he said. The film had already won a Pulitzer Prize, a '
        "BAFTA and the audience award at Sundance. Mariupol fell to Russian forces "
        "in May 2022 after the surrender of the defenders of the Azovstal "
        "steelworks, and Ukrainian officials estimate that thousands of civilians "
        "died during the siege. Chernov dedicated the award to the people of "
        "Mariupol.",
        "entertainment",
    ),
    (
        "A survivor of Syria's Saydnaya prison writes the book he was told no one would read",
        "When he was released from Saydnaya military prison in 2015, after three "
        "years in a cell so crowded that prisoners slept in shifts, the Syrian "
        "writer Yassin Hamada was told by a guard that no one would ever believe "
        "what he had seen. His memoir, published in English this month and in Arabic "
        "next year, is an attempt to prove the guard wrong. It describes beatings at "
        "mealtimes, the deaths of cellmates from disease and hunger, and the small "
        "rituals the prisoners invented to stay sane, including lessons in English "
        "whispered through the night. Amnesty International has estimated that "
        "thousands of detainees were executed at Saydnaya between 2011 and 2015. "
        "Since the fall of Bashar al-Assad in December, crowds have walked through "
        "its empty corridors, and the prison has become a symbol of the old "
        "government's cruelty. The book is unsparing but not without humour, and "
        "Hamada, who now lives in Sweden, writes warmly of the cousin who shared his "
        "cell and died there. Critics have compared it to the prison memoirs of "
        "Primo Levi and Mustafa Khalifa. He will read from it at the London Book "
        "Fair.",
        "entertainment",
    ),
    (
        "Srebrenica drama 'Quo Vadis, Aida?' earns Oscar nomination for Bosnia",
        'SARAJEVO (Reuters) - "Quo Vadis, Aida?", a drama about a UN interpreter '
        "trying to save her family as Bosnian Serb forces take over Srebrenica in "
        "July 1995, was nominated on Monday for the Oscar for best international "
        "feature film, Bosnia's first nomination in nearly two decades. Director "
        "Jasmila Zbanic said the film was meant for the mothers of Srebrenica, who "
        "had waited 25 years to see their story on a big screen. The film follows "
        "Aida, a teacher working for the Dutch peacekeepers, as thousands of "
        "refugees crowd into the UN base at Potocari and the peacekeepers prove "
        "powerless to stop the separation of men and boys. About 8,000 were killed "
        "in the days that followed. Serbian actors play the Bosnian Serb soldiers, a "
        "choice that drew criticism in Serbia, where the film's release was limited. "
        "Critics have praised Jasna Djuricic's performance in the lead role. The "
        "Academy Awards ceremony will be held in April.",
        "entertainment",
    ),
    (
        "Sri Lankan novel set among the dead of the civil war wins the Booker Prize",
        "LONDON (Reuters) - Sri Lankan writer Shehan Karunatilaka won the Booker "
        'Prize on Monday for "The Seven Moons of Maali Almeida", a darkly comic '
        "novel about a war photographer who wakes up dead in the middle of Sri "
        "Lanka's civil war and has seven nights to lead his friends to a hidden set "
        "of photographs of atrocities. The judges praised the book's \"ambition of "
        'scope and audacity of technique", and its mix of horror and humour. The '
        "novel is set in 1990, at a time when the government was fighting the Tamil "
        "Tigers in the north and an uprising by leftist militants in the south, and "
        "death squads operated in Colombo. Karunatilaka said he hoped the book would "
        "one day be read in Sri Lanka as a fantasy, in a country where such stories "
        "could no longer happen. He is the second Sri Lankan-born writer to win the "
        "award, after Michael Ondaatje in 1992. The prize is worth 50,000 pounds.",
        "entertainment",
    ),
    (
        "Poland adds war survival video game to school reading list",
        'WARSAW (AFP) - "This War of Mine", a video game in which players try to '
        "keep a group of civilians alive in a besieged city, will become part of "
        "Poland's school curriculum, the government said, making it the first video "
        "game on the country's official reading list for secondary schools. "
        "Developed by a Warsaw studio and released in 2014, the game was inspired by "
        "the siege of Sarajevo in the 1990s. Instead of soldiers, players control "
        "civilians who must scavenge for food and medicine, avoid snipers and make "
        "moral choices, such as whether to steal from an elderly couple. The prime "
        'minister said the game could help students understand "the tragedy of war" '
        "from the perspective of ordinary people. It will be available free to "
        "schools for students aged 18 and older, as it is rated for adults. The game "
        "has sold more than seven million copies. Some teachers welcomed the move, "
        "while others said it was not a substitute for reading.",
        "entertainment",
    ),
    (
        "Guatemalan horror film turns a dictator's genocide trial into a ghost story",
        'VENICE (Reuters) - "La Llorona", a horror film by Guatemalan director Jayro '
        "Bustamante, premiered at the Venice Film Festival on Friday, reworking a "
        "Latin American folk legend into a story about the genocide of the Maya Ixil "
        "people during Guatemala's civil war. The film follows a retired general, "
        "modelled on the former dictator Efraín Ríos Montt, whose conviction for "
        "genocide is overturned and who then finds his house surrounded by "
        "protesters and haunted by a new Indigenous maid. Ríos Montt was convicted "
        "in 2013 of genocide and crimes against humanity over the killing of 1,771 "
        "Ixil people in 1982 and 1983, but the verdict was annulled days later on "
        "procedural grounds, and he died in 2018 before a retrial ended. Bustamante "
        'said he chose horror because "the real story is a horror story that '
        'Guatemala has refused to watch". Ixil women who testified at the trial were '
        "consulted during the writing. The film received a long ovation at its "
        "screening in the festival's Venice Days section. Guatemala's 36-year war, "
        "which ended in 1996, killed about 200,000 people.",
        "entertainment",
    ),
]
