"""dev221 negatives, events: charity runs, matches, fights and rows, telethons and charity
entertainment, peaceful protests by and for charities, and the armed forces' own fundraising."""

NEGATIVES = [
    (
        "London Marathon runners raise record £73m as charity places sell out",
        "Runners in Sunday's London Marathon raised a record £73.5m for charity, organisers said "
        "on Monday, beating the previous world record for a single-day fundraising event. More "
        "than 53,000 people finished the race, the largest field in its history, and about "
        "three-quarters of them were running for a good cause. Cancer, heart and mental health "
        "charities took the biggest shares, and more than 1,000 smaller charities had at least "
        "one runner. Among those who crossed the line on the Mall was a 72-year-old from "
        "Swansea who has run every London Marathon since the first in 1981, this time for a "
        "hospice that cared for his wife. Others battled the heat in costumes, including a "
        "man dressed as a telephone box and a team of eight carrying a rowing boat. “The "
        "course was lined with people cheering for strangers,” said one first-timer who raised "
        "£4,000 for a dementia charity. Organisers said charity places for next year's race "
        "had already sold out, and that demand had never been higher. The elite races were won "
        "by Kenyan runners.",
        "sport",
    ),
    (
        "Soccer Aid: late strike seals win as Old Trafford match raises £15m for Unicef",
        "A stoppage-time strike from a former England forward gave the England side a 3-2 win "
        "over the World XI at Old Trafford on Sunday, as the annual Soccer Aid match raised more "
        "than £15m for Unicef. The World XI had come back from two goals down with a penalty "
        "and a long-range shot from a comedian who plays Sunday league football in London, "
        "before their defence was caught out by a counter-attack in the final minute. A crowd "
        "of more than 70,000 watched a team of former internationals, pop stars and "
        "television presenters. The match was broadcast live on ITV, with appeal films "
        "between the halves showing Unicef's work on child nutrition and education. “We "
        "attacked all game and got our reward,” the England manager for the day joked "
        "afterwards. Since it began in 2006 the event has raised more than £100m. The "
        "organisers said donations would stay open for another week. Next year's match will "
        "return to Manchester. Ticket sales alone raised more than £2m, and viewers gave another "
        "£3m during the second half.",
        "sport",
    ),
    (
        "White-collar fight night in Belfast knocks out £60,000 for children's cancer charity",
        "Accountants, teachers and a parish councillor traded punches in the ring at a "
        "white-collar boxing night in Belfast on Saturday, raising £60,000 for a children's "
        "cancer charity. Sixteen novice fighters, eight of them women, had trained for eight "
        "weeks at a gym in the east of the city before stepping through the ropes in front of "
        "a crowd of 1,200 at the Ulster Hall. The main event, between two brothers-in-law who "
        "run rival bakeries, ended in a split decision after three rounds. “I took a few shots, "
        "but nothing like what these kids go through,” said the loser, who raised £6,000 in "
        "sponsorship. Medical staff and qualified referees were at ringside throughout. The "
        "charity said the money would fund a family support worker at the Royal Belfast "
        "Hospital for Sick Children for a year. Organisers plan a second fight night in Derry "
        "in the autumn. Several fighters said they would keep training.",
        "sport",
    ),
    (
        "Mother of three completes solo Atlantic row for breast cancer charity",
        "A mother of three from Cornwall has become one of a handful of women to row solo across "
        "the Atlantic, arriving in Antigua on Tuesday after 67 days at sea and raising more than "
        "£180,000 for a breast cancer charity. The 46-year-old, who was diagnosed with the "
        "disease five years ago, battled storms, a broken rudder and a capsize in 30-foot waves "
        "during the 3,000-mile crossing from La Gomera in the Canary Islands. She set off flares "
        "as she entered English Harbour, where her children and husband were waiting on the "
        "dock. “There were nights I thought I had lost the fight, but I kept thinking of the "
        "women still going through treatment,” she said. She ate freeze-dried meals, made "
        "drinking water with a solar-powered desalinator and posted daily updates for her "
        "supporters. The charity said her row had inspired dozens of people to book screening "
        "appointments. She plans to return home by plane next week.",
        "sport",
    ),
    (
        "Terry Fox Run draws thousands as ‘Marathon of Hope’ passes $850m raised",
        "Thousands of Canadians walked, ran and cycled in the annual Terry Fox Run on Sunday, "
        "in an event that has now raised more than $850m for cancer research since it began "
        "four decades ago. Fox, who lost a leg to bone cancer, set out from St John's in 1980 "
        "to run across Canada on an artificial leg, but was forced to stop near Thunder Bay "
        "after 143 days when the cancer spread to his lungs. He died the following year, aged "
        "22. His Marathon of Hope made him a national hero, and the run in his name is now held "
        "in more than 60 countries, as well as in almost every Canadian school. “He never "
        "gave up his battle, and we won't either,” said one participant in Vancouver, who is "
        "in remission from leukaemia. The Terry Fox Foundation said donations this year were on "
        "track to beat last year's total. Runs were held in Halifax, Toronto and Winnipeg "
        "under clear skies. In Port Coquitlam, where Fox grew up, a statue of him was draped in "
        "the red and white of the run.",
        "sport",
    ),
    (
        "Safari marathon in rhino country raises record sum for Kenya's conservancies",
        "More than 1,400 runners from 25 countries took part in a marathon across a wildlife "
        "conservancy in northern Kenya on Saturday, raising a record 90 million shillings for "
        "conservation and community projects. The course, which runs along dirt tracks and "
        "through grassland, is home to rhinos, elephants and lions, and armed rangers and a "
        "helicopter patrolled it throughout the race. Organisers said the money would pay for "
        "school bursaries, water projects and the rangers' work protecting rhinos from "
        "poachers. Kenyan runners won both the men's and women's full marathons, while many "
        "international entrants ran the half-marathon in fancy dress. “You are running next to "
        "zebras, and the heat is brutal,” one British runner said at the finish. The "
        "conservancy credits the event, first held two decades ago, with helping to fund the "
        "anti-poaching operations that have allowed its rhino population to grow. Next year's "
        "race is already open for entries.",
        "sport",
    ),
    (
        "Band Aid remix divides opinion on 40th anniversary of charity single",
        "A new version of the charity single Do They Know It's Christmas?, released on Monday "
        "to mark its 40th anniversary, has divided opinion, with some African musicians and "
        "commentators calling it outdated and patronising. The remix combines vocals from the "
        "original 1984 recording, made in response to the Ethiopian famine, with those of later "
        "versions. Its co-writer defended the song, saying it had raised hundreds of millions "
        "of pounds and saved lives across the Horn of Africa. One artist whose vocals were used "
        "said he had not been asked for permission and would not have given it, saying the "
        "lyrics perpetuated damaging stereotypes of Africa. “The world has moved on, and this "
        "song hasn't,” a Ghanaian-British rapper said. Band Aid's trustees said all proceeds "
        "would go to projects in Ethiopia, Sudan and other countries. The single entered the "
        "charts at number 20, far below its previous versions. A documentary about the original "
        "recording is due next year.",
        "entertainment",
    ),
    (
        "Children in Need total passes £39m after night of battling choirs and comedy",
        "The BBC's Children in Need appeal raised £39.3m by the end of Friday night's "
        "seven-hour telethon, as schoolchildren in spotty costumes, choirs from hospitals and "
        "a cast reunion of a popular sitcom kept viewers giving. The night's highlights "
        "included a battle of the choirs between staff of four NHS hospitals and a sketch in "
        "which the evening's presenters were dunked in custard. Pudsey Bear, the charity's "
        "mascot, made his usual appearance at the end of the broadcast. Money raised this year "
        "will be given to more than 2,000 projects across the UK, from youth clubs to "
        "bereavement counselling. “Every penny makes a difference to a child,” one of the "
        "hosts said. The appeal's total usually rises further in the weeks after the broadcast "
        "as schools and workplaces pay in what they have collected. Last year's final total was "
        "more than £50m. A separate fundraising concert in Cardiff will be broadcast "
        "next weekend.",
        "entertainment",
    ),
    (
        "War survival game's anniversary bundle raises $1.5m for children's charity",
        "A Polish studio has raised more than $1.5m for a children's charity by selling an "
        "anniversary bundle of its war survival game, in which players look after a group of "
        "civilians trying to stay alive in a besieged city. The game, first released ten "
        "years ago, is set in a fictional country inspired by the siege of Sarajevo, and asks "
        "players to scavenge for food and medicine while avoiding snipers. It has been added to "
        "school reading lists in Poland. The bundle, which includes a soundtrack and an artbook, "
        "was sold through an online store for two weeks, with all profits going to a charity "
        "that supports children affected by war. “We wanted the game to show war through the "
        "eyes of ordinary people, and we wanted the money to help them too,” the studio's "
        "founder said. The charity said the money would fund psychosocial programmes and "
        "schooling. The studio plans a new expansion next year. Previous charity "
        "sales of the game's extra content raised money for the same charity's work in several "
        "countries.",
        "entertainment",
    ),
    (
        "Doctor's memoir of Aleppo field hospitals wins prize, royalties to go to charity",
        "A British surgeon's memoir of the years she spent operating in field hospitals in "
        "Aleppo and Idlib has won a major non-fiction prize, and she said on Wednesday that "
        "all her royalties would go to a medical charity. The book describes operating by "
        "torchlight during the battle for Aleppo in 2016, teaching Syrian doctors to treat "
        "blast injuries over video calls, and the psychological cost of returning to routine "
        "work in a London hospital. The judges called it “unflinching and deeply humane”. "
        "“I wrote it for the Syrian doctors, who stayed when I could go home,” the author said "
        "at the ceremony. Sales of the book have risen sharply since it was shortlisted. The "
        "charity said the royalties would help train surgeons in northern Syria, where many "
        "hospitals are still in ruins. A film adaptation is in development. The author now "
        "teaches surgery in Birmingham. Her publisher said translations into "
        "Arabic, German and French would appear next spring.",
        "entertainment",
    ),
    (
        "Oxfam shop and warehouse staff walk out in first strike over pay",
        "Hundreds of Oxfam staff in Britain walked out on Monday in the first strike in the "
        "charity's history, in a dispute over pay that their union says has left some workers "
        "relying on food banks. Picket lines were formed outside charity shops and the "
        "charity's headquarters in Oxford, where strikers held placards reading “Oxfam pays "
        "poverty wages”. The union said staff had suffered a real-terms pay cut of about 20% "
        "over five years, and that the charity's offer of a 4% rise was not enough. Oxfam said "
        "it had made the best offer it could afford and that it respected the right to strike. "
        "“We fight poverty around the world, so we should not be creating it at home,” one "
        "shop manager said. Several shops closed for the day. The strike is due to last a "
        "week, with further action planned for next month if no deal is reached. Shoppers "
        "brought flasks of tea to the picket lines in Cambridge and Bristol.",
        "protest",
    ),
    (
        "Charity workers form human chain around Parliament in protest at aid cut",
        "Thousands of charity workers, faith leaders and campaigners formed a human chain "
        "around the Houses of Parliament on Saturday in protest at the government's decision "
        "to cut the aid budget from 0.7% to 0.5% of national income. Many wore red and held "
        "hands along the Embankment, across Westminster Bridge and round Parliament Square. "
        "Others carried banners with the names of programmes that have lost funding, from "
        "family planning clinics to clean water projects. “We are here for the millions of "
        "people who will pay the price,” the head of a Christian development charity told "
        "the crowd. The Metropolitan Police said the event passed off peacefully. The "
        "government says the cut is temporary and necessary because of the pandemic's impact "
        "on public finances. A vote in the Commons on restoring the target is expected next "
        "month. Similar events were held in Edinburgh and Cardiff. Organisers said more "
        "than 200 charities and churches had brought coaches of supporters to London.",
        "protest",
    ),
    (
        "Charity workers march on Wellington over funding cuts",
        "Around 3,000 social service workers, volunteers and charity leaders marched to "
        "Parliament in Wellington on Wednesday to protest against cuts to government contracts "
        "that fund community organisations. Marchers carried placards reading “Cut the cuts” "
        "and “Community is not a cost”, and delivered a petition with more than 40,000 "
        "signatures to MPs on the steps. The protest was organised by a coalition of groups "
        "that run foodbanks, women's refuges, youth services and budgeting advice. They say "
        "some organisations have already laid off staff and closed services since the contracts "
        "were reduced. “We are the people who pick up the pieces when everything else fails,” "
        "the coalition's spokeswoman said. The minister for social development said the "
        "government had to make difficult decisions and was focusing spending on services that "
        "delivered results. Police said the march was peaceful and there were no arrests.",
        "protest",
    ),
    (
        "Paratroopers carry 40kg packs 100 miles across the Brecon Beacons for forces charity",
        "Twenty paratroopers from a battalion based in Colchester have completed a 100-mile "
        "march across the Brecon Beacons carrying 40kg packs, raising more than £45,000 for "
        "a charity that supports injured soldiers and their families. The soldiers, who were "
        "joined for the final stage by two veterans who lost legs in training accidents, "
        "finished at the gates of the infantry battle school on Friday after four days and "
        "nights on the hills. The route took in Pen y Fan, the peak used for the selection "
        "march of the special forces. “It was hard going, but nothing compared to what some of "
        "our mates live with every day,” said the corporal who organised the challenge. The "
        "battalion's commanding officer said the march had also been valuable training. The "
        "charity said the money would pay for adapted housing and respite breaks. Mountain "
        "rescue teams were on standby throughout. The battalion hopes to make the march an "
        "annual event, with teams from other regiments invited to compete.",
        "military",
    ),
    (
        "Armed Forces Flag Day: minister urges citizens to give generously for ex-servicemen",
        "India's defence minister on Saturday urged citizens to contribute generously to the "
        "Armed Forces Flag Day Fund, which supports ex-servicemen, war widows and the families "
        "of soldiers. At a ceremony in New Delhi, schoolchildren pinned small flags on the "
        "minister and senior officers of the Army, Navy and Air Force, and collection drives "
        "were held at offices, colleges and railway stations across the country. The fund "
        "pays for scholarships, medical treatment and rehabilitation grants, and collected more "
        "than ₹300 crore last year. “Our soldiers guard the borders so that we can live in "
        "peace, and it is our duty to look after their families,” the minister said. Several "
        "public sector companies announced donations from their corporate social "
        "responsibility budgets. The Kendriya Sainik Board said it hoped to expand online "
        "giving this year. Flag Day has been observed on 7 December since 1949. Sainik boards in the states "
        "will hold their own ceremonies and felicitate the families of decorated soldiers.",
        "military",
    ),
    (
        "Frigate's sailors raise £30,000 for children's hospice during Gulf deployment",
        "Sailors on a Royal Navy frigate have raised more than £30,000 for a children's hospice "
        "in Plymouth during a seven-month deployment to the Gulf, rowing, cycling and running "
        "the equivalent of the distance home on machines in the ship's gym. The crew of about "
        "190 took turns on the rowing machines and treadmills around the clock while the ship "
        "carried out maritime security patrols and exercises with allied navies. They also "
        "held a quiz, a talent show on the flight deck and an auction of a captain's dinner. "
        "The ship's commanding officer said the challenge had given the crew a shared goal far "
        "from their families. “Everyone on board knows someone whose family has been helped "
        "by the hospice,” said a leading hand who organised the effort. The frigate returned "
        "to Devonport on Thursday to a welcome from families on the Hoe. A cheque will be "
        "presented to the hospice next month.",
        "military",
    ),
]
